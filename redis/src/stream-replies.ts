/**
 * Reading raw stream replies (`sendCommand` leaves them untransformed). The package's own clients speak RESP2
 * (arrays); a caller's RESP3 client answers XREADGROUP with a map, which node-redis gives as an object or a Map.
 */

/** One stream entry: its id and its fields as a flat list (`name, value, name, value...`). */
export type StreamEntry = readonly [id: string, fields: readonly string[]];

/** `[key, entries]` per stream of an XREAD/XREADGROUP reply; none for a nil reply (BLOCK timed out). */
export function streamsOf(reply: unknown): [string, StreamEntry[]][] {
  if (reply === null || reply === undefined) return [];
  if (Array.isArray(reply)) return reply as [string, StreamEntry[]][];
  if (reply instanceof Map) return [...reply.entries()] as [string, StreamEntry[]][];
  if (typeof reply === 'object') return Object.entries(reply) as [string, StreamEntry[]][];
  return [];
}

/** The value of field `name` in a flat field list. */
export function fieldOf(fields: readonly string[], name: string): string | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

export function fieldsOf(fields: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) map.set(fields[i] as string, fields[i + 1] as string);
  return map;
}

/** `<ms>-<seq>` -> the sequence part, as a number (a shard stream's ids are `<session epoch>-<gateway sequence>`). */
export function sequenceOf(id: string): number {
  return Number(id.slice(id.indexOf('-') + 1));
}
