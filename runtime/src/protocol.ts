/** The envelope and the opcodes the runtime drives (reference: "Envelope"). Nothing about individual events. */
export const GatewayOpcode = Object.freeze({
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const);

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
 * Checks the envelope shape of a parsed frame. Returns a description of the problem, or undefined if
 * the frame is usable. Dispatches need a string `t` and an integer `s`.
 */
export function checkEnvelope(frame: unknown): string | undefined {
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return 'frame is not an object';
  const { op, s, t } = frame as Partial<GatewayEnvelope>;
  if (typeof op !== 'number') return 'frame has no numeric "op"';
  if (!RECEIVABLE.has(op)) return `unknown opcode ${op}`;
  if (op === GatewayOpcode.Dispatch) {
    if (typeof t !== 'string') return 'dispatch has no string "t"';
    if (typeof s !== 'number' || !Number.isInteger(s)) return 'dispatch has no integer "s"';
  }
  if (op === GatewayOpcode.Hello) {
    const d = (frame as { d?: { heartbeat_interval?: unknown } }).d;
    if (typeof d?.heartbeat_interval !== 'number' || !(d.heartbeat_interval > 0)) {
      return 'hello has no positive "d.heartbeat_interval"';
    }
  }
  return undefined;
}

/**
 * The URL to open: `base` with `v=10&encoding=json` (and `compress=zlib-stream`) set, keeping any other
 * query parameters. Used for the base URL and the resume URL alike.
 */
export function buildGatewayUrl(base: string, compress: boolean): string {
  const url = new URL(base);
  if (!url.searchParams.has('v')) url.searchParams.set('v', '10');
  url.searchParams.set('encoding', 'json');
  if (compress) url.searchParams.set('compress', 'zlib-stream');
  else url.searchParams.delete('compress');
  return url.toString();
}
