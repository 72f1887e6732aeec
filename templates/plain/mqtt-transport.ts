/**
 * A `Transport` over MQTT, on MQTT.js 5 (the `mqtt` package: an optional peer dependency of this package,
 * imported on the first connect). Copied into a generated package when one of its servers speaks MQTT.
 *
 * What it takes from the document: the subscription's topic filter (`+` for each `{parameter}`), QoS and
 * retain from the operations' `bindings.mqtt`, `clientId`, `cleanSession`, `keepAlive`, `sessionExpiryInterval`
 * and `lastWill` from the server's, `responseTopic` and `contentType` from the messages'. Headers travel as
 * MQTT 5 user properties; a request carries `responseTopic` and `correlationData`.
 *
 * Delivery: a QoS 1 or 2 send resolves once the broker acknowledged it (PUBACK / PUBCOMP), a QoS 0 send once
 * it is written. When the connection drops after it was up, MQTT.js reconnects every `reconnectDelayMs`,
 * resubscribes (unless the broker kept the session) and sends again what was not acknowledged; sends made
 * meanwhile wait for the connection, at most `maxQueuedSends` of them: one more rejects at once
 * (`not-connected`), so the queue cannot grow without bound. No send is dropped without its promise
 * rejecting: `close()` rejects those still waiting (`closed`).
 */
import { ClientError } from './transport.js';
import type { MessageContext, MessageHandler, Transport } from './transport.js';
import type { Subscription } from './address.js';
import { Dialer, EMPTY_WIRE, Handlers, PendingSends, bindingOf, headerText, headerValue, inspectAsString, loadLibrary, putHeader, reason, redactUrl, toBytes } from './broker.js';
import type { BindingValue, ChannelWire, TlsOptions, WireSpec } from './broker.js';

type Qos = 0 | 1 | 2;

/** What the user may set; the generated client passes it on as `mqtt` in its options. */
export interface MqttOptions {
  username?: string;
  password?: string;
  /** For `mqtts://` and `wss://` URLs: Node's `tls.connect` options (`ca`, `cert`, `key`...), passed as they are. */
  tls?: TlsOptions;
  /** Default: the server binding's `clientId`, else a random one. A session kept across connections needs a fixed one. */
  clientId?: string;
  /**
   * false keeps the session across connections: the broker remembers the subscriptions and queues QoS 1 and 2
   * messages for this `clientId` while it is away. Default: the server binding's `cleanSession`, else true.
   */
  cleanSession?: boolean;
  /** MQTT 5: seconds the broker keeps the session after a disconnect (default: the binding's; unbounded when `cleanSession` is false). */
  sessionExpiryInterval?: number;
  /** Seconds between pings (default: the server binding's `keepAlive`, else 60). */
  keepAlive?: number;
  /** 5 (default) or 4 (MQTT 3.1.1: no headers, no request/reply properties). */
  protocolVersion?: 4 | 5;
  /** QoS of the sends and subscriptions the document gives none (default 0, MQTT's own default). */
  qos?: Qos;
  /** Sends that may wait while the connection is down (default 1000); one more rejects with `not-connected`. */
  maxQueuedSends?: number;
  /** How long the first connection may take (default 30000 ms). */
  connectTimeoutMs?: number;
  /** Delay between reconnection attempts once the connection was up (default 1000 ms). */
  reconnectDelayMs?: number;
  /** How long `close()` waits for the broker to acknowledge what is in flight (default 5000 ms). */
  closeTimeoutMs?: number;
  /** The `mqtt` module itself, for bundlers that cannot follow a dynamic import (default: `import('mqtt')`). */
  library?: unknown;
}

export interface MqttTransportOptions extends MqttOptions {
  /** `mqtt://host:1883`, `mqtts://host:8883`, or `ws://`/`wss://` for MQTT over WebSocket. */
  url: string;
  /** The document's bindings (the generated client passes `WIRE`). */
  wire?: WireSpec;
  /** The server's name in `wire.servers`. */
  server?: string;
}

/** The MQTT.js publish packet's fields this transport reads. */
interface PublishPacket {
  properties?: { userProperties?: Record<string, string | string[]>; responseTopic?: string; correlationData?: Uint8Array };
}

/** The part of an MQTT.js client this transport uses, typed here so the package compiles without `mqtt`. */
interface MqttClientLike {
  readonly connected: boolean;
  on(event: 'connect', listener: () => void): unknown;
  on(event: 'message', listener: (topic: string, payload: Uint8Array, packet: PublishPacket) => void): unknown;
  on(event: 'error', listener: (error: Error & { code?: unknown }) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  publish(topic: string, payload: string | Uint8Array, options: Record<string, unknown>, callback: (error?: Error) => void): unknown;
  subscribe(topics: Record<string, { qos: Qos }>, callback: (error: Error | null) => void): unknown;
  end(force: boolean, options: Record<string, unknown>, callback: () => void): unknown;
  readonly stream?: { destroy(): void };
}

type Connect = (url: string, options: Record<string, unknown>) => MqttClientLike;

/** The publish options the document fixes for one operation and message. */
interface Fixed {
  qos: Qos;
  retain: boolean;
  properties?: Record<string, unknown>;
}

/** One tagged state: never connected, connecting (the first time), open (maybe reconnecting), failed for good, closed. */
/** CONNACK codes that mean the credentials were refused: MQTT 5 134 and 135, MQTT 3.1.1 4 and 5. */
const REFUSED_CREDENTIALS = new Set([4, 5, 134, 135]);

function asQos(value: BindingValue | undefined): Qos | undefined {
  return value === 0 || value === 1 || value === 2 ? value : undefined;
}

function asNumber(value: BindingValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** MQTT URLs for the protocol names AsyncAPI uses (`secure-mqtt`), which MQTT.js does not know. */
function mqttUrl(url: string): string {
  return url.replace(/^secure-mqtt:\/\//i, 'mqtts://');
}

export class MqttTransport implements Transport {
  readonly #options: MqttTransportOptions;
  readonly #wire: WireSpec;
  readonly #connection = new Dialer<MqttClientLike>(() => this.#dial());
  readonly #handlers = new Handlers<string | Uint8Array, MessageContext>();
  readonly #errorHandlers = new Handlers<Error>();
  readonly #subscriptions: Subscription[] = [];
  readonly #subscribed = new Set<Subscription>();
  readonly #pending: PendingSends;
  /** Per operation, then message: the publish options the document fixes (QoS, retain, static properties). */
  readonly #fixed = new Map<string | undefined, Map<string | undefined, Fixed>>();
  readonly #clientId: string;

  constructor(options: MqttTransportOptions) {
    this.#options = options;
    this.#wire = options.wire ?? EMPTY_WIRE;
    this.#pending = new PendingSends(options.maxQueuedSends ?? 1000);
    const binding = this.#serverBinding();
    this.#clientId = options.clientId ?? (typeof binding.clientId === 'string' ? binding.clientId : `gen-gateway-${Math.random().toString(36).slice(2, 12)}`);
  }

  /** Connects and subscribes to every channel asked for so far; rejects when the broker cannot be reached or refuses. */
  async connect(): Promise<void> {
    await this.#connection.connect();
  }

  send(data: string | Uint8Array, context: MessageContext): Promise<void> {
    const topic = context.channel;
    if (topic === undefined || topic === '') return Promise.reject(new ClientError('invalid-parameters', 'an MQTT send needs a topic: the operation has no channel address'));
    const open = this.#connection.open;
    const refusal = open?.connected === true ? undefined : this.#pending.refusal(this.#where());
    if (refusal !== undefined) return Promise.reject(refusal);
    let options: Record<string, unknown>;
    try {
      options = this.#publishOptions(context);
    } catch (error) {
      return Promise.reject(error);
    }
    // The usual case, connected: one promise, settled by MQTT.js's callback (or by `close()`). Sends are hot.
    if (open !== undefined) return this.#publish(open, topic, data, options);
    // Waiting for the connection, the send counts toward the bound, and `close()` rejects it.
    return this.#pending.hold(this.#connection.connect()).then((client) => this.#publish(client, topic, data, options));
  }

  #publish(client: MqttClientLike, topic: string, data: string | Uint8Array, options: Record<string, unknown>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: Error): void => {
        this.#pending.delete(settle);
        if (error === undefined) resolve();
        else reject(error);
      };
      this.#pending.add(settle);
      client.publish(topic, typeof data === 'string' ? data : toBytes(data), options, (error) => settle(error === undefined || error === null ? undefined : this.#publishError(error, topic)));
    });
  }

  onMessage(handler: MessageHandler): () => void {
    return this.#handlers.add(handler);
  }

  onError(handler: (error: Error) => void): () => void {
    return this.#errorHandlers.add(handler);
  }

  /** Subscribes now when connected, else on connect; a refusal reaches `onError` (or rejects `connect()`). */
  subscribe(subscription: Subscription): void {
    this.#subscriptions.push(subscription);
    const open = this.#connection.open;
    if (open !== undefined) this.#subscribeOrReport(open);
    else this.#connection.connecting?.then((client) => this.#subscribeOrReport(client), () => undefined);
  }

  /** Waits (up to `closeTimeoutMs`) for the broker to acknowledge what is in flight, disconnects, and rejects what is left. */
  async close(): Promise<void> {
    const client = await this.#connection.close();
    if (client !== undefined) await this.#end(client, true);
    this.#pending.rejectAll(new ClientError('closed', 'the transport was closed before the broker acknowledged the send'));
  }

  /** The URL (never its credentials), client id and state: also what `util.inspect` shows. */
  toString(): string {
    return `MqttTransport { url: '${this.#where()}', clientId: '${this.#clientId}', state: '${this.#connection.kind}' }`;
  }

  #where(): string {
    return redactUrl(this.#options.url);
  }

  #serverBinding(): Readonly<Record<string, BindingValue>> {
    return this.#options.server === undefined ? {} : bindingOf(this.#wire.servers[this.#options.server], 'mqtt');
  }

  async #dial(): Promise<MqttClientLike> {
    const connect = await loadLibrary<Connect>('mqtt', this.#options.library, (m) => (typeof m.connect === 'function' ? (m.connect as Connect) : undefined));
    const client = connect(mqttUrl(this.#options.url), this.#connectOptions());
    client.on('message', (topic, payload, packet) => this.#receive(topic, payload, packet));
    await new Promise<void>((resolve, reject) => {
      const onConnect = (): void => {
        client.removeListener('error', onError);
        resolve();
      };
      const onError = (error: Error & { code?: unknown }): void => {
        client.removeListener('connect', onConnect);
        this.#end(client, false).catch(() => undefined);
        reject(this.#connectError(error));
      };
      client.on('connect', onConnect);
      client.on('error', onError);
    });
    // From now on MQTT.js reconnects by itself; only refused credentials end the transport.
    client.on('error', (error) => this.#onRuntimeError(client, error));
    if (this.#connection.kind === 'closed') {
      await this.#end(client, true);
      throw new ClientError('closed', 'the transport was closed while it connected');
    }
    await this.#subscribeAll(client);
    return client;
  }

  #connectOptions(): Record<string, unknown> {
    const o = this.#options;
    const binding = this.#serverBinding();
    const version = o.protocolVersion ?? 5;
    const clean = o.cleanSession ?? (typeof binding.cleanSession === 'boolean' ? binding.cleanSession : true);
    const expiry = o.sessionExpiryInterval ?? asNumber(binding.sessionExpiryInterval) ?? (clean ? undefined : 0xffffffff);
    const will = typeof binding.lastWill === 'object' && binding.lastWill !== null && !Array.isArray(binding.lastWill) ? (binding.lastWill as Readonly<Record<string, BindingValue>>) : undefined;
    return {
      ...o.tls,
      clientId: this.#clientId,
      protocolVersion: version,
      clean,
      keepalive: o.keepAlive ?? asNumber(binding.keepAlive) ?? 60,
      connectTimeout: o.connectTimeoutMs ?? 30_000,
      reconnectPeriod: o.reconnectDelayMs ?? 1000,
      resubscribe: true,
      // MQTT.js's own log (`DEBUG=mqttjs*`) prints every packet it writes, the CONNECT with its password too.
      log: () => undefined,
      ...(o.username !== undefined && { username: o.username }),
      ...(o.password !== undefined && { password: o.password }),
      ...(version === 5 && expiry !== undefined && { properties: { sessionExpiryInterval: expiry } }),
      ...(will !== undefined && typeof will.topic === 'string' && {
        will: { topic: will.topic, payload: toBytes(typeof will.message === 'string' ? will.message : ''), qos: asQos(will.qos) ?? 0, retain: will.retain === true },
      }),
    };
  }

  /** What the document fixes for a send of this operation and message, worked out once (sends are hot). */
  #fixedOptions(context: MessageContext): Fixed {
    let byMessage = this.#fixed.get(context.operation);
    if (byMessage === undefined) this.#fixed.set(context.operation, (byMessage = new Map()));
    let fixed = byMessage.get(context.message);
    if (fixed === undefined) {
      const operation = context.operation === undefined ? {} : bindingOf(this.#wire.operations[context.operation], 'mqtt');
      const message = context.message === undefined ? {} : bindingOf(this.#wire.messages[context.message], 'mqtt');
      const properties: Record<string, unknown> = {};
      if (typeof message.responseTopic === 'string') properties.responseTopic = message.responseTopic;
      const expiry = asNumber(operation.messageExpiryInterval);
      if (expiry !== undefined) properties.messageExpiryInterval = expiry;
      if (typeof message.contentType === 'string') properties.contentType = message.contentType;
      if (message.payloadFormatIndicator === 1) properties.payloadFormatIndicator = true;
      const fixedProperties = Object.keys(properties).length > 0 ? properties : undefined;
      fixed = { qos: asQos(operation.qos) ?? this.#options.qos ?? 0, retain: operation.retain === true, ...(fixedProperties !== undefined && { properties: fixedProperties }) };
      byMessage.set(context.message, fixed);
    }
    return fixed;
  }

  #publishOptions(context: MessageContext): Record<string, unknown> {
    const fixed = this.#fixedOptions(context);
    // Object.assign, not a spread: measurably cheaper per send on Node 20.
    let properties: Record<string, unknown> | undefined = fixed.properties === undefined ? undefined : Object.assign({}, fixed.properties);
    const headers = context.headers;
    if (headers !== undefined) {
      let userProperties: Record<string, string> | undefined;
      for (const name in headers) {
        const value = headers[name];
        if (value !== undefined) (userProperties ??= {})[name] = headerText(value);
      }
      if (userProperties !== undefined) (properties ??= {}).userProperties = userProperties;
    }
    if (context.replyTo !== undefined) (properties ??= {}).responseTopic = context.replyTo;
    if (context.correlationId !== undefined) (properties ??= {}).correlationData = toBytes(context.correlationId);
    if (properties === undefined) return { qos: fixed.qos, retain: fixed.retain };
    if ((this.#options.protocolVersion ?? 5) !== 5) throw new ClientError('unsupported', `MQTT 3.1.1 cannot carry ${Object.keys(properties).join(', ')}: use protocolVersion 5`);
    return { qos: fixed.qos, retain: fixed.retain, properties };
  }

  #receive(topic: string, payload: Uint8Array, packet: PublishPacket): void {
    let channel: ChannelWire | undefined;
    for (const s of this.#subscriptions) {
      if (s.regex.test(topic)) {
        channel = this.#wire.channels[s.channel];
        break;
      }
    }
    const properties = packet.properties;
    const context: MessageContext = { channel: topic };
    const user = properties?.userProperties;
    if (user !== undefined) {
      const headers: Record<string, unknown> = {};
      for (const name in user) {
        const text = user[name]!;
        putHeader(headers, name, Array.isArray(text) ? text.map((t) => headerValue(name, t, channel)) : headerValue(name, text, channel));
      }
      context.headers = headers;
    }
    if (properties?.responseTopic !== undefined) context.replyTo = properties.responseTopic;
    if (properties?.correlationData !== undefined) context.correlationId = new TextDecoder().decode(properties.correlationData);
    this.#handlers.call(payload, context);
  }

  /** Each subscription not yet made, at its QoS: the receiving operations' binding, else the `qos` option. */
  #subscribeAll(client: MqttClientLike): Promise<void> {
    const fresh = this.#subscriptions.filter((s) => !this.#subscribed.has(s));
    if (fresh.length === 0) return Promise.resolve();
    for (const s of fresh) this.#subscribed.add(s);
    const topics: Record<string, { qos: Qos }> = {};
    for (const s of fresh) {
      const qos = asQos(bindingOf(this.#wire.channels[s.channel]?.receive, 'mqtt').qos) ?? this.#options.qos ?? 0;
      topics[s.pattern] = { qos: Math.max(qos, topics[s.pattern]?.qos ?? 0) as Qos };
    }
    return new Promise<void>((resolve, reject) => {
      client.subscribe(topics, (error) => {
        if (error === null || error === undefined) return resolve();
        for (const s of fresh) this.#subscribed.delete(s);
        reject(new ClientError('rejected', `${this.#where()} refused the subscription to ${Object.keys(topics).join(', ')}: ${reason(error)}`, { cause: error }));
      });
    });
  }

  #subscribeOrReport(client: MqttClientLike): void {
    this.#subscribeAll(client).catch((error: Error) => this.#report(error));
  }

  #onRuntimeError(client: MqttClientLike, error: Error & { code?: unknown }): void {
    if (typeof error.code !== 'number' || !REFUSED_CREDENTIALS.has(error.code)) return;
    const failure = this.#connectError(error);
    this.#connection.fail(client, failure);
    this.#end(client, false).catch(() => undefined);
    this.#pending.rejectAll(failure);
    this.#report(failure);
  }

  #connectError(error: Error & { code?: unknown }): ClientError {
    if (typeof error.code === 'number' && REFUSED_CREDENTIALS.has(error.code)) {
      return new ClientError('unauthorized', `${this.#where()} refused the credentials (${reason(error)}, MQTT reason code ${error.code}): check the username and password`, { cause: error });
    }
    return new ClientError('not-connected', `cannot connect to ${this.#where()}: ${reason(error)}`, { cause: error });
  }

  #publishError(error: Error & { code?: unknown }, topic: string): ClientError {
    if (/closed|disconnecting/i.test(error.message)) return new ClientError('closed', `the send to '${topic}' was cut off: ${error.message}`, { cause: error });
    return new ClientError('rejected', `${this.#where()} refused the send to '${topic}': ${reason(error)}`, { cause: error });
  }

  #report(error: Error): void {
    this.#errorHandlers.call(error);
  }

  /**
   * Ends the MQTT.js client. `graceful`: first waits for the sends in flight to be acknowledged, then sends
   * DISCONNECT (so the broker does not publish the last will). Bounded by `closeTimeoutMs`: past it the socket
   * is destroyed, so a broker that stopped answering cannot hang `close()`.
   */
  async #end(client: MqttClientLike, graceful: boolean): Promise<void> {
    const timeoutMs = this.#options.closeTimeoutMs ?? 5000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'late')));
    try {
      if (graceful && client.connected && this.#pending.size > 0) await Promise.race([deadline, this.#pending.drained()]);
      // Not connected, a DISCONNECT would wait in MQTT.js's offline queue for ever: end without one.
      const ended = new Promise<void>((resolve) => client.end(!client.connected, {}, () => resolve()));
      if ((await Promise.race([ended, deadline])) === 'late') client.stream?.destroy();
    } finally {
      clearTimeout(timer);
    }
  }
}

inspectAsString(MqttTransport);
