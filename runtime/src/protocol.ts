/** The envelope and the opcodes the runtime drives (reference: "Envelope"). Nothing about individual events. */
const OPCODES = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;
export const GatewayOpcode: typeof OPCODES = Object.freeze(OPCODES);

/** Opcodes the runtime sends itself; the generator emits no public send method for these. */
export const MANAGED_OPCODES: readonly number[] = Object.freeze([
  GatewayOpcode.Heartbeat,
  GatewayOpcode.Identify,
  GatewayOpcode.Resume,
]);

/** Opcodes the server may send. */
const RECEIVABLE = new Set<number>([0, 1, 7, 9, 10, 11]);

/** One frame as received. `s` and `t` are set only on op 0. */
export interface GatewayEnvelope {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

/** A dispatch as handed to listeners, tagged with the shard that received it. */
export interface DispatchFrame<T extends string = string, D = unknown> {
  op: 0;
  t: T;
  s: number;
  d: D;
  shardId: number;
}

/**
 * Names the client emits for its own lifecycle. A dispatch may not carry one as its `t`: it would reach those
 * listeners with the wrong arguments (`t: 'error'` calling every error handler with a message payload).
 */
export const LIFECYCLE_EVENTS: ReadonlySet<string> = new Set(['ready', 'resumed', 'reconnecting', 'close', 'error', 'debug', 'frame']);

/**
 * The heartbeat intervals the client accepts from Hello, in ms. Discord sends 41250; outside this range a value is
 * an attack or a bug (0.5 or 1 would flood the socket with heartbeats, 1e12 would never detect a dead connection).
 */
export const HEARTBEAT_INTERVAL_RANGE: Readonly<{ min: number; max: number }> = Object.freeze({ min: 1_000, max: 600_000 });

/**
 * Checks the envelope shape of a parsed frame. Returns a description of the problem, or undefined if
 * the frame is usable. Dispatches need a string `t` that is not a lifecycle event name and a non-negative safe
 * integer `s`; Hello needs an integer `heartbeat_interval` within `HEARTBEAT_INTERVAL_RANGE`.
 */
export function checkEnvelope(frame: unknown): string | undefined {
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return 'frame is not an object';
  const { op, s, t } = frame as Partial<GatewayEnvelope>;
  if (typeof op !== 'number') return 'frame has no numeric "op"';
  if (!RECEIVABLE.has(op)) return `unknown opcode ${op}`;
  if (op === GatewayOpcode.Dispatch) {
    if (typeof t !== 'string') return 'dispatch has no string "t"';
    if (LIFECYCLE_EVENTS.has(t)) return `dispatch "t" is "${t}", the name of a lifecycle event`;
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0) return 'dispatch has no non-negative integer "s"';
  }
  if (op === GatewayOpcode.Hello) {
    const interval = (frame as { d?: { heartbeat_interval?: unknown } }).d?.heartbeat_interval;
    const { min, max } = HEARTBEAT_INTERVAL_RANGE;
    if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < min || interval > max) {
      return `hello "d.heartbeat_interval" is ${describe(interval)}, not an integer from ${min} to ${max} ms`;
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

/** Why `url` cannot be a gateway URL (not a URL, or not ws/wss), or undefined when it can. */
export function gatewayUrlProblem(url: unknown): string | undefined {
  if (typeof url !== 'string') return 'is not a string';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return `has protocol "${parsed.protocol}", not ws: or wss:`;
  return undefined;
}

/**
 * The URL to open: `base` with `v=10&encoding=json` (and `compress=zlib-stream`) set, keeping any other
 * query parameters. Used for the base URL and the resume URL alike; callers check `gatewayUrlProblem` first.
 */
export function buildGatewayUrl(base: string, compress: boolean): string {
  const url = new URL(base);
  if (!url.searchParams.has('v')) url.searchParams.set('v', '10');
  url.searchParams.set('encoding', 'json');
  if (compress) url.searchParams.set('compress', 'zlib-stream');
  else url.searchParams.delete('compress');
  return url.toString();
}
