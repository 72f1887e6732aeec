// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import WebSocket from 'ws';
import { ZlibStreamInflater } from './compression.js';
import { GatewayError } from './errors.js';
import { checkEnvelope, GatewayOpcode } from './protocol.js';
const utf8 = new TextDecoder();
/** Text of a WebSocket message: `ws` gives a Buffer (fast `toString`), another implementation a Uint8Array. */
function textOf(data) {
    return Buffer.isBuffer(data) ? data.toString() : utf8.decode(data);
}
/**
 * One WebSocket: opening, decoding (zlib-stream, JSON, envelope check) and writing. It knows nothing of
 * the gateway lifecycle. Writes on a socket that is not open are dropped, never attempted.
 */
export class Connection {
    socket;
    inflater;
    hooks;
    closedPromise;
    constructor(url, options, hooks) {
        this.hooks = hooks;
        const { maxMessageBytes, maxPendingBytes } = options.limits;
        this.inflater = options.compress ? new ZlibStreamInflater(options.limits) : undefined;
        this.socket = new options.WebSocket(url, {
            perMessageDeflate: false,
            headers: options.headers,
            // One WebSocket message is at most a whole plain message, or a part of a compressed one still pending.
            maxPayload: options.compress ? maxPendingBytes : maxMessageBytes,
        });
        this.socket.binaryType = 'nodebuffer';
        this.closedPromise = new Promise((resolve) => this.socket.once('close', () => resolve()));
        this.socket.on('open', () => this.hooks?.open());
        this.socket.on('message', this.onMessage);
        this.socket.on('error', (error) => this.hooks?.socketError(error));
        this.socket.on('close', (code, reason) => {
            this.inflater?.close();
            const hooks = this.hooks;
            this.hooks = undefined;
            hooks?.closed(code, textOf(reason));
        });
    }
    get isOpen() {
        return this.socket.readyState === WebSocket.OPEN;
    }
    /** Writes `data` if the socket is open; returns whether it did. */
    write(data) {
        if (this.socket.readyState !== WebSocket.OPEN)
            return false;
        this.socket.send(data);
        return true;
    }
    /**
     * Stops reporting (no hook fires after this) and closes the socket with `code`. Resolves when the
     * socket has closed, or after `graceMs` at the latest (then the socket is terminated).
     */
    dispose(code, reason, graceMs = 5000) {
        this.hooks = undefined;
        const state = this.socket.readyState;
        if (state === WebSocket.CLOSED)
            return Promise.resolve();
        if (state === WebSocket.OPEN)
            this.socket.close(code, reason);
        else if (state === WebSocket.CONNECTING)
            this.socket.terminate();
        const grace = setTimeout(() => this.socket.terminate(), graceMs);
        grace.unref();
        return this.closedPromise.finally(() => clearTimeout(grace));
    }
    onMessage = (data) => {
        const hooks = this.hooks;
        if (hooks === undefined)
            return;
        let text;
        if (this.inflater !== undefined) {
            try {
                text = this.inflater.push(data);
            }
            catch (error) {
                hooks.malformed(error, true);
                return;
            }
            if (text === undefined)
                return;
        }
        else {
            text = textOf(data);
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            hooks.malformed(new GatewayError('MALFORMED_FRAME', `frame is not valid JSON (${text.length} chars)`, { cause: error }), false);
            return;
        }
        const problem = checkEnvelope(parsed);
        if (problem !== undefined) {
            // Without a usable Hello the connection cannot go on (no heartbeat interval): that one breaks it.
            // `parsed` may be anything JSON can be: null, a number, a string, an array.
            const broken = typeof parsed === 'object' && parsed !== null && parsed.op === GatewayOpcode.Hello;
            hooks.malformed(new GatewayError('MALFORMED_FRAME', `malformed frame: ${problem}`), broken);
            return;
        }
        hooks.frame(parsed);
    };
}
