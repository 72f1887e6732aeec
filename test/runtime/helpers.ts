import { afterEach } from 'vitest';
/** Shared by the runtime tests: a hand-driven clock, a small client subclass, event recording. */
import { GatewayClientBase, type GatewayClientOptions, type ReconnectReason, type SendSchema, type Timers } from '../../runtime/src/index.js';
import { GatewayServer, type GatewayServerOptions } from '../support/gateway-server.js';

export const TOKEN = 'test-token.SECRET-do-not-leak.xyz';

/** Timers that move only when the test calls `advance`. */
export class ManualClock implements Timers {
  private time = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Runs every timer due within `ms`, in time order (timers set meanwhile included). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let nextId: number | undefined;
      let nextAt = Infinity;
      for (const [id, timer] of this.timers) {
        if (timer.at <= end && timer.at < nextAt) {
          nextAt = timer.at;
          nextId = id;
        }
      }
      if (nextId === undefined) break;
      const timer = this.timers.get(nextId)!;
      this.timers.delete(nextId);
      this.time = Math.max(this.time, timer.at);
      timer.callback();
    }
    this.time = end;
  }

  /** Delays of the pending timers from now, sorted. */
  pending(): number[] {
    return [...this.timers.values()].map((timer) => timer.at - this.time).sort((a, b) => a - b);
  }
}

/** A type alias, not an interface: interfaces do not satisfy `Record<string, unknown>`. */
export type TestDispatches = {
  MESSAGE_CREATE: { id: string; content: string };
  READY: { session_id: string };
};

export interface TestReady {
  session_id: string;
  resume_gateway_url: string;
}

export const VOICE_STATE_SCHEMA: SendSchema = {
  message: 'VoiceStateUpdate',
  root: {
    type: 'object',
    required: ['guild_id', 'self_mute'],
    properties: { guild_id: { type: 'string' }, self_mute: { type: 'boolean' } },
  },
  defs: {},
};

export class TestClient extends GatewayClientBase<TestDispatches, TestReady> {
  constructor(options: GatewayClientOptions, url: string) {
    super(options, { url });
  }

  /** A user send, like a generated send method (op 3 = presence update). */
  updatePresence(d: unknown, schema?: SendSchema): Promise<void> {
    return this.sendPayload(3, d, schema);
  }

  sendOp(op: number, d: unknown): Promise<void> {
    return this.sendPayload(op, d);
  }
}

/** Every emission of a client, in order, for assertions and the token scan. */
export function record(client: GatewayClientBase<TestDispatches, TestReady>): { event: string; args: unknown[] }[] {
  const log: { event: string; args: unknown[] }[] = [];
  client.onAny((event, args) => log.push({ event, args }));
  return log;
}

/** Resolves on the next `event` of `client`. */
export function next<K extends 'ready' | 'resumed' | 'reconnecting' | 'close' | 'error'>(
  client: TestClient,
  event: K,
  timeoutMs = 5000,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" within ${timeoutMs} ms`)), timeoutMs);
    client.once(event as 'error', (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args);
    });
  });
}

export function nextReconnect(client: TestClient): Promise<ReconnectReason> {
  return next(client, 'reconnecting').then((args) => args[0] as ReconnectReason);
}

/** A server plus a client on a manual clock with random fixed at 0.5 unless given. */
export async function setup(
  serverOptions: GatewayServerOptions = {},
  clientOptions: Partial<GatewayClientOptions> = {},
): Promise<{ server: GatewayServer; client: TestClient; clock: ManualClock; cleanup: () => Promise<void> }> {
  const clock = new ManualClock();
  const server = await GatewayServer.start({ rateLimit: { limit: 120, windowMs: 60_000, now: () => clock.now() }, ...serverOptions });
  const client = new TestClient({ token: TOKEN, intents: 513, timers: clock, random: () => 0.5, ...clientOptions }, server.url);
  client.on('error', () => undefined);
  const cleanup = async (): Promise<void> => {
    await client.close();
    await server.close();
  };
  return { server, client, clock, cleanup };
}

/** Resolves when `client` has received (and handled) a frame with `op`. */
export function frameSeen(client: TestClient, op: number, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no frame with op ${op} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (frame: { op: number }): void => {
      if (frame.op !== op) return;
      clearTimeout(timer);
      client.off('frame', listener);
      // The frame event fires before the frame is handled; resolve after it.
      queueMicrotask(resolve);
    };
    client.on('frame', listener);
  });
}

/**
 * Per-file teardown: `defer(fn)` runs `fn` after the current test; `start(...)` is `setup(...)` whose
 * client and server are torn down the same way.
 */
export function setupPerTest(): {
  defer: (cleanup: () => Promise<void> | void) => void;
  start: (...args: Parameters<typeof setup>) => ReturnType<typeof setup>;
} {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const defer = (cleanup: () => Promise<void> | void) => void cleanups.push(cleanup);
  const start = async (...args: Parameters<typeof setup>) => {
    const ctx = await setup(...args);
    defer(ctx.cleanup);
    return ctx;
  };
  return { defer, start };
}
