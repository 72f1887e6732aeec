/**
 * Builds the IR from a resolved AsyncAPI document (the parser's `document.json()`): names, directions,
 * envelope, opcodes and dispatch event names. Nothing downstream sees the document itself.
 */
import type { Correlation, Envelope, GatewayIr, MessageIr, OpcodeIr, OperationIr, SchemaType } from './types.js';
import { collectMessages, escapePointer, type FoundMessage, type Perspective } from './collect-messages.js';
import { SchemaTable, shapeKey } from './schemas.js';
import { assertJsonSchemaPayload } from './unsupported.js';
import { NameRegistry, isUpperSnake, pascalCase, upperSnakeCase } from './names.js';
import { buildServers } from './build-servers.js';
import { ChannelTable } from './build-channels.js';
import { buildOperations } from './build-operations.js';
import { readBindings } from './build-bindings.js';

type Raw = Record<string, unknown>;

export interface BuildIrOptions {
  /** The spec file, as it should appear in messages and generated headers. */
  file: string;
  perspective?: Perspective;
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A message's payload schema. 3.x may wrap it as a multi-format schema `{ schemaFormat, schema }` (the parser
 * has already turned Avro and the like into JSON Schema in place); 2.x never does.
 */
export function payloadOf(raw: Raw): { schema: unknown; pointer: string } {
  const payload = raw.payload;
  if (isRecord(payload) && typeof payload.schemaFormat === 'string' && 'schema' in payload) return { schema: payload.schema, pointer: '/payload/schema' };
  return { schema: payload, pointer: '/payload' };
}

/** `$message.payload#/reqid` -> `{ in: 'payload', path: ['reqid'] }`; undefined for anything else. */
export function parseCorrelation(correlationId: unknown, payload: unknown): Correlation | undefined {
  if (!isRecord(correlationId) || typeof correlationId.location !== 'string') return undefined;
  const match = /^\$message\.(header|payload)#(\/.*)?$/.exec(correlationId.location.trim());
  if (match === null) return undefined;
  const path = (match[2] ?? '').split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (path.length === 0 || path.some((s) => s === '')) return undefined;
  const where = match[1] as 'header' | 'payload';
  let schema: unknown = where === 'payload' ? payload : undefined;
  for (const segment of path) schema = properties(schema)[segment];
  const type = isRecord(schema) && typeof schema.type === 'string' ? (schema.type as SchemaType) : undefined;
  return { in: where, path, ...(type !== undefined && { type }) };
}

function properties(payload: unknown): Raw {
  return isRecord(payload) && isRecord(payload.properties) ? payload.properties : {};
}

/**
 * The opcode envelope (`{ op, d, s?, t? }`) when every message payload is an object with an integer `op` and
 * at least one carries `d`; otherwise the messages are plain payloads.
 */
export function detectEnvelope(payloads: unknown[], received: unknown[] = payloads): Envelope {
  const withOp = payloads.filter((p) => {
    const op = properties(p).op;
    return isRecord(op) && (op.type === 'integer' || Number.isInteger(op.const));
  });
  if (payloads.length > 0 && withOp.length === payloads.length && payloads.some((p) => 'd' in properties(p))) {
    const hasS = payloads.some((p) => 's' in properties(p));
    const hasT = payloads.some((p) => 't' in properties(p));
    return { kind: 'opcode', opcodeField: 'op', dataField: 'd', ...(hasS && { sequenceField: 's' }), ...(hasT && { eventField: 't' }) };
  }
  // Only received messages need telling apart; the sent ones are typed by the method that sends them.
  const shared = sharedConstField(received);
  return { kind: 'plain', ...(shared !== undefined && { discriminator: { field: shared } }) };
}

/** The one string a property is pinned to (`const: x`, or `enum: [x]`). */
function constString(prop: unknown): string | undefined {
  if (!isRecord(prop)) return undefined;
  if (typeof prop.const === 'string') return prop.const;
  return Array.isArray(prop.enum) && prop.enum.length === 1 && typeof prop.enum[0] === 'string' ? prop.enum[0] : undefined;
}

/**
 * The string a payload pins `field` to: its own property, else an `allOf` part's, else the value every
 * `oneOf`/`anyOf` branch agrees on.
 */
export function fieldConst(schema: unknown, field: string, depth = 0): string | undefined {
  if (!isRecord(schema) || depth > 8) return undefined;
  const own = constString(properties(schema)[field]);
  if (own !== undefined) return own;
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      const value = fieldConst(part, field, depth + 1);
      if (value !== undefined) return value;
    }
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const values = new Set(branches.map((b) => fieldConst(b, field, depth + 1)));
    if (values.size === 1 && !values.has(undefined)) return [...values][0];
  }
  return undefined;
}

function fieldNames(schema: unknown, depth = 0): string[] {
  if (!isRecord(schema) || depth > 8) return [];
  const own = Object.keys(properties(schema));
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]).flatMap((b) => fieldNames(b, depth + 1)) : []));
  return [...own, ...parts];
}

/**
 * A property that every received payload pins to a string `const`, with at least two different values: the
 * natural discriminator. Values may repeat (Slack's `emoji_changed` covers two messages); the client then
 * tells those apart with their guards. With several candidates, the one with the most distinct values wins.
 */
function sharedConstField(payloads: unknown[]): string | undefined {
  if (payloads.length < 2) return undefined;
  let best: { field: string; distinct: number } | undefined;
  for (const field of [...new Set(fieldNames(payloads[0]))].sort()) {
    const values = payloads.map((p) => fieldConst(p, field));
    if (values.some((v) => v === undefined)) continue;
    const distinct = new Set(values).size;
    if (distinct >= 2 && (best === undefined || distinct > best.distinct)) best = { field, distinct };
  }
  return best?.field;
}

/**
 * The name a plain document gives an inline schema: its `title`, else the parser's id when that is a real
 * name (Avro's `com.example.User` -> `User`; the parser ids every schema, `<anonymous-schema-3>` when it has
 * no name). Only for plain documents: the opcode path keeps its path-derived names.
 */
function schemaOwnName(raw: Raw): string | undefined {
  const title = text(raw.title);
  if (title !== undefined && /[A-Za-z]/.test(title)) return pascalCase(title);
  const id = text(raw['x-parser-schema-id']);
  if (id !== undefined && !id.startsWith('<') && /^[A-Za-z][\w.-]*$/.test(id)) return pascalCase(id.split('.').pop()!);
  return undefined;
}

export function buildIr(doc: Raw, options: BuildIrOptions): GatewayIr {
  const file = options.file;
  const registry = new NameRegistry();
  const warnings: string[] = [];
  const info = isRecord(doc.info) ? doc.info : {};

  const collected = collectMessages(doc, options.perspective ?? 'client');
  const found = collected.messages;
  const envelope = detectEnvelope(
    found.map((m) => payloadOf(m.raw).schema),
    found.filter((m) => m.direction === 'receive' || m.bothWays).map((m) => payloadOf(m.raw).schema),
  );
  const table = envelope.kind === 'opcode'
    ? new SchemaTable(registry, file, envelope.dataField)
    : new SchemaTable(registry, file, undefined, schemaOwnName, true);

  const components = isRecord(doc.components) ? doc.components : {};
  if (isRecord(components.schemas)) {
    table.addComponents(Object.entries(components.schemas).map(([key, schema]) => [key, schema, `/components/schemas/${escapePointer(key)}`]));
  }
  const headerNames = new Map<string, string>();
  const traits = isRecord(components.messageTraits) ? components.messageTraits : {};
  const messages = found.map((m) => buildMessage(m, envelope, table, registry, file, headerNames, traits));
  const byRaw = new Map(found.map((m, i) => [m.raw, messages[i]!]));
  const byFound = new Map(found.map((m, i) => [m, messages[i]!]));
  found.forEach((m, i) => {
    const replies = m.replies.map((r) => byRaw.get(r)).filter((r): r is MessageIr => r !== undefined);
    if (replies.length === 0) return;
    messages[i]!.replyKey = replies[0]!.key;
    if (envelope.kind === 'plain') messages[i]!.replyKeys = replies.map((r) => r.key);
  });
  assignDispatchEvents(messages, found, envelope);
  const channels = new ChannelTable(doc, registry, file);
  const operations: OperationIr[] = envelope.kind === 'plain' ? buildOperations(collected.operations, (m) => byFound.get(m)!, channels, registry, file) : [];
  return {
    asyncapiVersion: String(doc.asyncapi ?? ''),
    title: text(info.title) ?? 'AsyncAPI',
    version: text(info.version) ?? '0.0.0',
    ...(text(info.description) !== undefined && { description: text(info.description) }),
    servers: buildServers(doc),
    envelope,
    messages,
    operations,
    channels: channels.channels,
    schemas: table.schemas,
    opcodes: buildOpcodes(messages, found),
    warnings,
  };
}

/**
 * Headers get one type per shape: the parser applies a message trait by copying its headers into each
 * message, so three messages with the same trait would otherwise get three identical types. The type takes
 * the trait's name (`commonHeaders` -> `CommonHeaders`), else the first message's (`<Message>Headers`).
 */
function headersName(raw: Raw, message: string, table: SchemaTable, seen: Map<string, string>, traits: Raw, pointer: string): string {
  const shape = shapeKey(raw);
  const known = seen.get(shape);
  if (known !== undefined) {
    table.sameAs(raw, known);
    return known;
  }
  const trait = Object.entries(traits).find(([, t]) => isRecord(t) && isRecord(t.headers) && shapeKey(t.headers) === shape);
  const base = trait === undefined ? `${message}Headers` : /headers$/i.test(trait[0]) ? pascalCase(trait[0]) : `${pascalCase(trait[0])}Headers`;
  const name = table.named(raw, base, pointer);
  seen.set(shape, name);
  return name;
}

function buildMessage(found: FoundMessage, envelope: Envelope, table: SchemaTable, registry: NameRegistry, file: string, headerNames: Map<string, string>, traits: Raw): MessageIr {
  const raw = found.raw;
  assertJsonSchemaPayload(raw, file, found.pointer);
  const name = pascalCase(text(raw.name) ?? found.key);
  registry.claim(`message:${name}`, `${file}#${found.pointer}`);
  const message: MessageIr = {
    key: found.key,
    name,
    direction: found.direction,
    intents: Array.isArray(raw['x-intents']) ? raw['x-intents'].filter((i): i is string => typeof i === 'string') : [],
    payload: {},
    source: { file, pointer: found.pointer },
  };
  for (const field of ['title', 'summary', 'description'] as const) {
    const value = text(raw[field]);
    if (value !== undefined) message[field] = value;
  }
  const payload = payloadOf(raw);
  const payloadPointer = `${found.pointer}${payload.pointer}`;
  if (envelope.kind === 'opcode') {
    const props = properties(raw.payload);
    const op = props[envelope.opcodeField];
    if (isRecord(op) && Number.isInteger(op.const)) message.opcode = op.const as number;
    if (envelope.dataField in props) {
      const required = isRecord(raw.payload) && Array.isArray(raw.payload.required) && raw.payload.required.includes(envelope.dataField);
      const dataName = table.named(props[envelope.dataField], `${name}Data`, `${payloadPointer}/properties/${envelope.dataField}`);
      message.data = { schema: { $ref: dataName }, required };
    }
  } else {
    message.payload = { $ref: table.named(payload.schema, `${name}Payload`, payloadPointer) };
    if (envelope.discriminator) {
      const value = fieldConst(payload.schema, envelope.discriminator.field);
      if (value !== undefined) message.discriminatorValue = value;
    }
    const correlation = parseCorrelation(raw.correlationId, payload.schema);
    if (correlation !== undefined) message.correlation = correlation;
    if (found.channel !== undefined) message.channel = found.channel;
    if (found.bothWays) message.bothWays = true;
    if (isRecord(raw.headers)) message.headers = { $ref: headersName(raw.headers, name, table, headerNames, traits, `${found.pointer}/headers`) };
    const bindings = readBindings(raw);
    if (bindings !== undefined) message.bindings = bindings;
  }
  return message;
}

/** Dispatch event names, for messages whose envelope carries the event field (`t`). */
function assignDispatchEvents(messages: MessageIr[], found: FoundMessage[], envelope: Envelope): void {
  if (envelope.kind !== 'opcode' || envelope.eventField === undefined) return;
  const field = envelope.eventField;
  messages.forEach((message, i) => {
    const t = properties(found[i]!.raw.payload)[field];
    if (t === undefined) return;
    if (isRecord(t) && typeof t.const === 'string') message.event = t.const;
    else if (message.title !== undefined && isUpperSnake(message.title)) message.event = message.title;
    else message.event = upperSnakeCase(message.name);
  });
}

/** Opcode names: the only message using it, else the op schema's title, else `Dispatch` for event-carrying ones. */
function buildOpcodes(messages: MessageIr[], found: FoundMessage[]): OpcodeIr[] {
  const byValue = new Map<number, number[]>();
  messages.forEach((m, i) => {
    if (m.opcode === undefined) return;
    byValue.set(m.opcode, [...(byValue.get(m.opcode) ?? []), i]);
  });
  const opcodes: OpcodeIr[] = [];
  for (const [value, indexes] of [...byValue].sort((a, b) => a[0] - b[0])) {
    const users = indexes.map((i) => messages[i]!);
    const directions = new Set(users.map((m) => m.direction));
    const direction = directions.size === 1 ? users[0]!.direction : 'both';
    let name: string;
    if (users.length === 1) name = users[0]!.name;
    else {
      const titles = indexes.map((i) => {
        const op = properties(found[i]!.raw.payload).op;
        return isRecord(op) ? text(op.title) : undefined;
      }).filter((t): t is string => t !== undefined);
      if (titles.length > 0) name = pascalCase(titles[0]!);
      else if (users.every((m) => m.event !== undefined)) name = 'Dispatch';
      else name = `Op${value}`;
    }
    opcodes.push({ name, value, direction });
  }
  return opcodes;
}
