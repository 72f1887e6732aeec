/**
 * Protocol bindings (AsyncAPI 2.6 / 3.0 §Bindings: `bindings.<protocol>` on servers, channels, operations and
 * messages), kept as plain JSON for the transports that read them (MQTT `qos`, `retain`, `clientId`...). The
 * parser has already applied traits, so an operation trait's bindings are on the operation.
 */
import type { Bindings, BindingValue } from './types.js';

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep enough for every binding object the bindings repository defines (AMQP's `exchange.vhost` is the deepest). */
const MAX_DEPTH = 4;

/**
 * A JSON copy of a binding value: scalars, arrays and objects to `MAX_DEPTH`, without the parser's own
 * `x-parser-*` keys. A resolved document may share or loop objects; the depth bound makes the copy finite.
 */
function copy(value: unknown, depth: number): BindingValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1)).filter((v): v is BindingValue => v !== undefined);
  if (!isRecord(value)) return undefined;
  const out: Record<string, BindingValue> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('x-parser-')) continue;
    const copied = copy(inner, depth + 1);
    if (copied !== undefined) out[key] = copied;
  }
  return out;
}

/** The `bindings` of a server, channel, operation or message; undefined when it has none worth keeping. */
export function readBindings(owner: unknown): Bindings | undefined {
  if (!isRecord(owner) || !isRecord(owner.bindings)) return undefined;
  const bindings: Bindings = {};
  for (const [protocol, binding] of Object.entries(owner.bindings).sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!isRecord(binding)) continue;
    const copied = copy(binding, 1) as Record<string, BindingValue>;
    // `bindingVersion` says which revision of the binding the rest follows; nothing at run time needs it.
    delete copied.bindingVersion;
    if (Object.keys(copied).length > 0) bindings[protocol] = copied;
  }
  return Object.keys(bindings).length > 0 ? bindings : undefined;
}
