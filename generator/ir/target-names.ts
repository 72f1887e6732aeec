/**
 * The names a Discord-style (opcode envelope) package declares or imports itself, beside the models: the fixed
 * ones (`GatewayClient`, `GatewayDispatchMap`, ...), the ones derived from each message (`HelloPayload`,
 * `encodeIdentify`, `UpdatePresenceSchema`) and what it re-exports from the runtime. The emitters take every
 * such name from here, and `yieldToTargetNames` renames a document schema that would take one of them: a
 * schema called `GatewayDispatchMap` used to produce a package that did not compile (`export *` of two modules
 * with the same name), or, with a named import, silently shadowed our own type.
 */
import type { GatewayIr, MessageIr, NamedSchema } from './types.js';

type Named = Pick<MessageIr, 'name'>;

export const payloadTypeName = (message: Named): string => `${message.name}Payload`;
export const encoderName = (message: Named): string => `encode${message.name}`;
export const sendSchemaName = (message: Named): string => `${message.name}Schema`;

/** What the package re-exports from the runtime: what a bot needs beside the generated client. */
export const RUNTIME_VALUE_EXPORTS = ['GatewayError', 'ShardManager', 'SimpleIdentifyQueue', 'MemorySessionStore', 'createSession', 'RESUMABLE_CLOSE_CODE'] as const;
export const RUNTIME_TYPE_EXPORTS = [
  'DispatchFrame', 'GatewayClientOptions', 'GatewayErrorCode', 'GatewayLogger', 'GatewaySession', 'IdentifyQueue',
  'ReconnectReason', 'SessionStore', 'SendSchema', 'ShardManagerOptions', 'Timers',
] as const;

/** Declared by the messages and client emitters, or imported from the runtime into a module that imports models. */
const FIXED_NAMES = [
  'Opcodes', 'Opcode', 'GatewaySendPayload', 'GatewayReceivePayload', 'GatewayDispatchPayload', 'GatewayDispatchMap',
  'GatewayDispatchEvent', 'DispatchIntents', 'DEFAULT_GATEWAY_URL', 'ClientOptions', 'GatewayClient', 'GatewaySendMap',
  'GatewaySendCommands', 'GatewayClientBase',
] as const;

/** Every name the opcode target's own modules and index take, for these messages. */
export function opcodeTargetNames(messages: readonly Named[]): Set<string> {
  const names = new Set<string>([...FIXED_NAMES, ...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS]);
  for (const message of messages) {
    names.add(payloadTypeName(message));
    names.add(encoderName(message));
    names.add(sendSchemaName(message));
  }
  return names;
}

export interface RenamedSchema {
  from: string;
  to: string;
  schema: NamedSchema;
}

/**
 * Renames every schema of an opcode-envelope IR whose name the package takes for itself (`GatewayClient` ->
 * `GatewayClientModel`), and every reference to it. The document keeps its meaning; the caller reports each
 * rename, since the user will import the model under its new name.
 */
export function yieldToTargetNames(ir: GatewayIr): RenamedSchema[] {
  if (ir.envelope.kind !== 'opcode') return [];
  const taken = opcodeTargetNames(ir.messages);
  const schemaNames = new Set(ir.schemas.map((s) => s.name));
  const renames = new Map<string, string>();
  const renamed: RenamedSchema[] = [];
  for (const schema of ir.schemas) {
    if (!taken.has(schema.name)) continue;
    const to = freeModelName(schema.name, (n) => taken.has(n) || schemaNames.has(n));
    schemaNames.add(to);
    renames.set(schema.name, to);
    renamed.push({ from: schema.name, to, schema });
    schema.name = to;
  }
  if (renames.size > 0) rewriteRefs([ir.schemas, ir.messages, ir.operations, ir.channels], renames);
  return renamed;
}

/** `<name>Model`, else `<name>Model2`, ...: the first that `isTaken` does not refuse. */
export function freeModelName(name: string, isTaken: (candidate: string) => boolean): string {
  let to = `${name}Model`;
  for (let n = 2; isTaken(to); n += 1) to = `${name}Model${n}`;
  return to;
}

/** Every `$ref` (a schema name, in the IR) anywhere below `roots` that names a renamed schema. */
function rewriteRefs(roots: unknown[], renames: ReadonlyMap<string, string>): void {
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') {
      const to = renames.get(record.$ref);
      if (to !== undefined) record.$ref = to;
    }
    stack.push(...Object.values(record));
  }
}
