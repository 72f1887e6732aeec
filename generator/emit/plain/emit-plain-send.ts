/**
 * The client's methods per operation: `send<Name>(message, options)` for every message an operation sends,
 * `request<Name>` where it declares a reply. `options` carries the channel's `parameters` (required when the
 * address has any) and the message's `headers` (typed from its `headers` schema); the transport is handed the
 * resolved address. Also the context types of received messages (their parameters and headers).
 */
import type { MethodDeclarationStructure, OptionalKind } from 'ts-morph';
import type { ChannelIr, GatewayIr, MessageIr, OperationIr } from '../../ir/types.js';
import { messageDocLines } from '../jsdoc.js';
import { MODELS, code, docs, mapType, messageType, receivedMessages } from './plain-names.js';
import { parametersTypeName } from './emit-plain-channels.js';
import { transportExpression } from './emit-plain-servers.js';
import { propertyKey } from '../escape.js';

export interface SendUse {
  operation: OperationIr;
  message: MessageIr;
  channel?: ChannelIr;
  name: string;
  replies: MessageIr[];
}

/** Every (operation, message) the client sends, with its method name. */
export function sendUses(ir: GatewayIr): SendUse[] {
  const byKey = new Map(ir.messages.map((m) => [m.key, m]));
  return ir.operations.flatMap((operation) => operation.methods.map(({ message, name }) => {
    const channel = ir.channels.find((c) => c.key === operation.channel);
    const replies = operation.replies.map((k) => byKey.get(k)).filter((m): m is MessageIr => m !== undefined);
    return { operation, message: byKey.get(message)!, name, replies, ...(channel !== undefined && { channel }) };
  }));
}

function headersType(message: MessageIr): string | undefined {
  return message.headers?.$ref !== undefined ? `${MODELS}.${message.headers.$ref}` : undefined;
}

function headersRequired(ir: GatewayIr, message: MessageIr): boolean {
  const named = ir.schemas.find((s) => s.name === message.headers?.$ref);
  return (named?.schema.required?.length ?? 0) > 0;
}

/** The options argument's type and whether it may be left out. */
function optionsType(ir: GatewayIr, use: SendUse, request: boolean): { type: string; required: boolean } | undefined {
  const parts: string[] = [];
  let required = false;
  if (use.channel !== undefined && use.channel.parameters.length > 0) {
    parts.push(`parameters: ${parametersTypeName(use.channel)};`);
    required = true;
  }
  const headers = headersType(use.message);
  // A header the request fills in itself (its correlation id) is still the caller's to give, or not.
  const filled = request && use.message.correlation?.in === 'header';
  if (headers !== undefined) {
    const needed = headersRequired(ir, use.message) && !filled;
    parts.push(`headers${needed ? '' : '?'}: ${filled ? `Partial<${headers}>` : headers};`);
    required ||= needed;
  }
  if (request) return { type: parts.length === 0 ? 'RequestOptions' : `RequestOptions & { ${parts.join(' ')} }`, required };
  // A message the document correlates (`correlationId`) may answer a request: the id it answers, for the
  // transport's own correlation (AMQP `correlationId`, MQTT 5 `correlationData`), which requesters match on.
  if (use.message.correlation !== undefined) parts.push('correlationId?: string;');
  return parts.length === 0 ? undefined : { type: `{ ${parts.join(' ')} }`, required };
}

/** Statements that resolve the address into `channel` (none when the operation has no channel). */
function addressLines(use: SendUse): string[] {
  if (use.channel === undefined) return [];
  const spec = `CHANNELS[${code(use.channel.key)}]`;
  return [use.channel.parameters.length > 0 ? `const channel = resolveAddress(${spec}, options.parameters);` : `const channel = ${spec}.address;`];
}

/** A request's context: the message, its operation and channel, its headers and the request's reply fields. */
function requestContextText(use: SendUse, headers: string | undefined, request: string[]): string {
  const parts = [`message: ${code(use.message.key)}`, `operation: ${code(use.operation.key)}`];
  if (use.channel !== undefined) parts.push('channel');
  if (headers === '{ ...options.headers }') parts.push('...(options.headers !== undefined && { headers: { ...options.headers } })');
  else if (headers !== undefined) parts.push(`headers: ${headers}`);
  return `{ ${[...parts, ...request].join(', ')} }`;
}

/**
 * The channel the replies come back on, when its address is fixed: a broker transport sends it as the
 * request's reply address (MQTT 5 `responseTopic`), so a responder knows where to answer.
 */
function replyChannel(ir: GatewayIr, replies: MessageIr[]): ChannelIr | undefined {
  const keys = new Set(replies.map((r) => r.key));
  const operation = ir.operations.find((o) => o.direction === 'receive' && o.channel !== undefined && o.messages.some((m) => keys.has(m)));
  const channel = ir.channels.find((c) => c.key === operation?.channel);
  return channel !== undefined && channel.parameters.length === 0 ? channel : undefined;
}

function lead(use: SendUse): string[] {
  const lines = messageDocLines(use.message);
  return [...lines, ...(lines.length > 0 ? [''] : [])];
}

/**
 * The statements that build a send's `MessageContext`: fixed fields in one literal, optional ones assigned after
 * (a conditional spread in the literal cost a few µs a send on Node 20, more than the rest of the method).
 */
function sendContextLines(use: SendUse, headers: boolean): string[] {
  const fixed = [`message: ${code(use.message.key)}`, `operation: ${code(use.operation.key)}`, ...(use.channel !== undefined ? ['channel'] : [])];
  return [
    `const context: MessageContext = { ${fixed.join(', ')} };`,
    ...(use.message.correlation !== undefined ? ['if (options.correlationId !== undefined) context.correlationId = options.correlationId;'] : []),
    // Header types are interfaces, without the transport's index signature: copied into a plain object.
    ...(headers ? ['if (options.headers !== undefined) context.headers = Object.assign({} as Record<string, unknown>, options.headers);'] : []),
  ];
}

function sendMethod(ir: GatewayIr, use: SendUse): OptionalKind<MethodDeclarationStructure> {
  const options = optionsType(ir, use, false);
  const headers = options !== undefined && headersType(use.message) !== undefined;
  return {
    name: `send${use.name}`,
    docs: docs([...lead(use), `Sends \`${use.message.name}\` (operation \`${use.operation.key}\`)${use.channel !== undefined ? ` on \`${use.channel.address}\`` : ''}.`]),
    parameters: [
      { name: 'message', type: messageType(use.message) },
      ...(options === undefined ? [] : [{ name: 'options', type: options.type, ...(!options.required && { initializer: '{}' }) }]),
    ],
    returnType: 'Promise<void>',
    // Not `async`: the transport's own promise is returned as it is (an async wrapper cost two more turns of the
    // microtask queue a send, and its sends no longer shared the transport's write), and a bad parameter or
    // payload still rejects it like a failed send instead of throwing.
    statements: [
      'try {',
      ...[
        ...addressLines(use),
        `this.checkPayload(${code(use.message.name)}, message);`,
        ...sendContextLines(use, headers),
        `return ${transportExpression(ir, use.channel?.key)}.send(this.codec.encode(message), context);`,
      ].map((line) => `  ${line}`),
      '} catch (error) {',
      '  return Promise.reject(error);',
      '}',
    ],
  };
}

/**
 * `request<Name>`: registers the wait for the reply before sending, so a fast reply is never missed. The id
 * goes where the request's `correlationId` says; the reply is read where the reply's own says (else the same).
 */
function requestMethod(ir: GatewayIr, use: SendUse): OptionalKind<MethodDeclarationStructure> {
  const { message, replies } = use;
  const replyType = [...new Set(replies.map(messageType))].join(' | ');
  // The client has told the reply apart (channel, discriminator, schema) and put its document name in `context.message`.
  const isReply = replies.map((r) => `context.message === ${code(r.key)}`).join(' || ');
  const correlation = message.correlation;
  const options = optionsType(ir, use, true)!;
  const lines: string[] = [...addressLines(use)];
  let accepts = `(_candidate, context) => ${replies.length > 1 ? `(${isReply})` : isReply}`;
  let sent = 'message';
  let headers: string | undefined = headersType(message) !== undefined ? '{ ...options.headers }' : undefined;
  let how: string;
  const reply = replyChannel(ir, replies);
  // The id also travels as the transport's own correlation (MQTT 5 `correlationData`), which a responder echoes.
  const request = [...(reply !== undefined ? [`replyTo: CHANNELS[${code(reply.key)}].address`] : []), 'correlationId: String(id)'];
  if (correlation !== undefined) {
    const path = code(correlation.path);
    const replyCorrelation = replies.find((r) => r.correlation?.in === correlation.in)?.correlation ?? correlation;
    const replyPath = code(replyCorrelation.path);
    if (correlation.in === 'payload') {
      lines.push(`const id = readPath(message, ${path}) ?? newCorrelationId(${code(correlation.type ?? 'string')});`);
      sent = `withPath(message, ${path}, id)`;
      how = `\`${correlation.path.join('.')}\` of the payload (set to a fresh id when the message has none)`;
    } else {
      lines.push(`const id = readPath(${headers !== undefined ? 'options.headers' : 'undefined'}, ${path}) ?? newCorrelationId(${code(correlation.type ?? 'string')});`);
      headers = `withPath(${headers !== undefined ? '{ ...options.headers }' : '{}'}, ${path}, id)`;
      how = `the \`${correlation.path.join('.')}\` header (set to a fresh id when \`options.headers\` has none)`;
    }
    const read = replyCorrelation.in === 'payload' ? `readPath(candidate, ${replyPath})` : `readPath(context.headers, ${replyPath})`;
    accepts = `(${replyCorrelation.in === 'payload' ? 'candidate' : '_candidate'}, context) => (${isReply}) && ${read} === id`;
  } else {
    // No correlationId in the document: a reply that carries the transport's correlation must carry this one.
    lines.push(`const id = newCorrelationId('string');`);
    accepts = `(_candidate, context) => (${isReply}) && (context.correlationId === undefined || context.correlationId === id)`;
    how = 'the transport\'s correlation when the reply carries one (MQTT 5 `correlationData`), else (the document defines no correlationId) the next reply of the right type';
  }
  lines.push(
    `const payload = ${sent};`,
    `this.checkPayload(${code(message.name)}, payload);`,
    `const reply = this.replies.wait(${accepts}, options.timeoutMs ?? this.requestTimeoutMs, options.signal);`,
    'try {',
    `  await ${transportExpression(ir, use.channel?.key)}.send(this.codec.encode(payload), ${requestContextText(use, headers, request)});`,
    '} catch (error) {',
    '  reply.catch(() => undefined);',
    '  throw error;',
    '}',
    `return (await reply) as ${replyType};`,
  );
  return {
    name: `request${use.name}`,
    isAsync: true,
    docs: docs([
      ...lead(use),
      `Sends \`${message.name}\` and resolves with its reply (${replies.map((r) => `\`${r.name}\``).join(' or ')}), matched by ${how}.`,
      'Rejects with a `ClientError` (`timeout`) when no reply comes within `options.timeoutMs`.',
    ]),
    parameters: [{ name: 'message', type: messageType(message) }, { name: 'options', type: options.type, ...(!options.required && { initializer: '{}' }) }],
    returnType: `Promise<${replyType}>`,
    statements: lines,
  };
}

export function sendMethods(ir: GatewayIr): Array<OptionalKind<MethodDeclarationStructure>> {
  const uses = sendUses(ir);
  return [
    ...uses.map((u) => sendMethod(ir, u)),
    ...uses.filter((u) => u.replies.some((r) => receivedMessages(ir).includes(r))).map((u) => requestMethod(ir, { ...u, replies: u.replies.filter((r) => receivedMessages(ir).includes(r)) })),
  ];
}

/**
 * `ReceivedContextMap`: per received message, the context its handlers get: the parameters of the channels
 * it arrives on (any of them) and its headers.
 */
export function receivedContextTypes(ir: GatewayIr): string {
  const entries = receivedMessages(ir).map((message): [string, string] => {
    const channels = ir.operations
      .filter((o) => o.direction === 'receive' && o.channel !== undefined && o.messages.includes(message.key))
      .map((o) => ir.channels.find((c) => c.key === o.channel)!)
      .filter((c) => c.parameters.length > 0);
    const parameters = [...new Set(channels.map(parametersTypeName))].join(' | ') || 'Record<string, string>';
    const headers = headersType(message) ?? 'Record<string, unknown>';
    return [message.name, `ReceivedContext<${parameters}, ${headers}>`];
  });
  return mapType(entries, propertyKey);
}
