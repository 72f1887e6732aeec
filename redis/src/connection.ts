import { createClient } from 'redis';
import { RedisGatewayError } from './errors.js';

/**
 * What this package needs of a node-redis client: raw commands with a per-command timeout. Any single-node
 * node-redis 5 client is one (`createClient()`, with or without modules). Raw commands keep the replies
 * untransformed, whatever RESP version or type mapping the caller's client uses for its own commands.
 */
export interface RedisCommandClient {
  sendCommand(args: string[], options?: { timeout?: number }): Promise<unknown>;
}

/**
 * A `redis://` URL (the package creates, connects and closes its own client) or a connected client. Left out (or
 * `undefined`, as `process.env.REDIS_URL` may be): `DEFAULT_REDIS_URL`.
 */
export type RedisOption = string | RedisCommandClient;

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

function createOwnedClient(url: string, commandTimeoutMs: number): ReturnType<typeof createClient> {
  return createClient({
    url,
    // Commands fail at once while disconnected (the callers retry): nothing piles up in an offline queue.
    disableOfflineQueue: true,
    // RESP2: the replies this package parses are arrays, whatever the caller's own clients use.
    RESP: 2,
    socket: { connectTimeout: commandTimeoutMs, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
  });
}

/** One Redis connection as the package uses it: every call bounded in time, failures reported with one code. */
export class RedisLink {
  private connecting: Promise<void> | undefined;

  private constructor(
    private readonly client: RedisCommandClient,
    /** Set when the link created the client: it connects it and closes it. */
    private readonly owned: ReturnType<typeof createClient> | undefined,
    readonly commandTimeoutMs: number,
  ) {}

  /** `onClientError` receives the errors of a client the link created (node-redis emits them as it reconnects). */
  static from(given: RedisOption | undefined, commandTimeoutMs: number, onClientError: (error: unknown) => void): RedisLink {
    const option = given ?? DEFAULT_REDIS_URL;
    if (typeof option === 'string') {
      const client = createOwnedClient(option, commandTimeoutMs);
      client.on('error', onClientError);
      return new RedisLink(client as unknown as RedisCommandClient, client, commandTimeoutMs);
    }
    if (option === null || typeof option !== 'object' || typeof (option as RedisCommandClient).sendCommand !== 'function') {
      throw new RedisGatewayError('INVALID_OPTION', 'redis must be a redis:// URL or a connected node-redis client');
    }
    return new RedisLink(option, undefined, commandTimeoutMs);
  }

  /**
   * A second connection to the same Redis, owned by the new link, for blocking reads (XREADGROUP BLOCK holds its
   * connection: on a shared one it would hold every other command back). From a URL, a new client; from the
   * caller's client, its `duplicate()` (node-redis clients have it).
   */
  static blocking(given: RedisOption | undefined, commandTimeoutMs: number, onClientError: (error: unknown) => void): RedisLink {
    const option = given ?? DEFAULT_REDIS_URL;
    if (typeof option === 'string') return RedisLink.from(option, commandTimeoutMs, onClientError);
    const duplicate = (option as { duplicate?: unknown } | null | undefined)?.duplicate;
    if (typeof duplicate !== 'function') {
      throw new RedisGatewayError('INVALID_OPTION', 'redis must be a redis:// URL or a node-redis client (its duplicate() gives the connection for blocking reads)');
    }
    const client = (duplicate as () => ReturnType<typeof createClient>).call(option);
    client.on('error', onClientError);
    return new RedisLink(client as unknown as RedisCommandClient, client, commandTimeoutMs);
  }

  /**
   * Sends one command. Rejects with REDIS_UNAVAILABLE (the client's error as `cause`) when Redis is unreachable,
   * answers with an error, or does not answer within `commandTimeoutMs` (the command may still have run: callers
   * make their writes idempotent). `extraMs` lengthens that wait for a command that blocks on purpose.
   */
  async call(args: string[], extraMs = 0): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waitMs = this.commandTimeoutMs + extraMs;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${waitMs} ms`)), waitMs);
    });
    try {
      return await Promise.race([this.send(args), late]);
    } catch (error) {
      if (error instanceof RedisGatewayError) throw error;
      // Unreachable, timed out, or an error reply (LOADING after a restart, READONLY after a failover, OOM, ...).
      throw new RedisGatewayError('REDIS_UNAVAILABLE', `redis ${args[0]} failed: ${String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const owned = this.owned;
    if (!owned) return;
    if (owned.isOpen) await owned.close().catch(() => owned.destroy());
  }

  private async send(args: string[]): Promise<unknown> {
    const owned = this.owned;
    if (owned && !owned.isReady) {
      // The first call connects; the calls made meanwhile wait for that. Once connected, a client that lost its
      // connection reconnects by itself while calls fail at once (no offline queue).
      if (!owned.isOpen) {
        this.connecting = owned.connect().then(
          () => undefined,
          (error: unknown) => {
            this.connecting = undefined;
            throw error;
          },
        );
      }
      await this.connecting;
    }
    return this.client.sendCommand(args, { timeout: this.commandTimeoutMs });
  }
}
