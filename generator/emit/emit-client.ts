/**
 * The client surface for an opcode-envelope gateway: pure encoders for every sent message, and the
 * `GatewayClient` class, a typed subclass of the runtime's `GatewayClientBase` with one send method per
 * message the runtime does not send itself.
 */
import { Scope, VariableDeclarationKind } from 'ts-morph';
import type { GatewayIr, MessageIr } from '../ir/types.js';
import { camelCase } from '../ir/names.js';
import { dataTypeName } from './emit-messages.js';
import { encoderName, payloadTypeName, sendSchemaName } from '../ir/target-names.js';
import { IDENTIFY_OPCODE, MANAGED_OPCODES, READY_EVENT } from './gateway-target.js';
import { docBody, messageDocLines, renderJsDoc } from './jsdoc.js';
import { propertyKey, stringLiteral } from './escape.js';
import type { StatementList } from './statement-list.js';

/** Members of the runtime's client that a generated method must not shadow. */
const BASE_MEMBERS = new Set(['connect', 'close', 'on', 'once', 'off', 'emit', 'latency', 'session', 'shardId', 'state', 'sendPayload', 'constructor']);



export function sendMethodName(message: MessageIr): string {
  const name = camelCase(message.name);
  return BASE_MEMBERS.has(name) ? `send${message.name}` : name;
}

/** Sent messages that get a public method: those with an opcode the runtime does not own. */
export function userSentMessages(ir: GatewayIr): MessageIr[] {
  return ir.messages.filter((m) => m.direction === 'send' && m.opcode !== undefined && !MANAGED_OPCODES.includes(m.opcode));
}

export function emitEncoders(file: StatementList, ir: GatewayIr): void {
  const sent = ir.messages.filter((m) => m.direction === 'send' && m.opcode !== undefined);
  const dataTypes = [...new Set(sent.map(dataTypeName).filter((n) => n !== 'never'))].sort();
  if (dataTypes.length > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namedImports: dataTypes });
  if (sent.length > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './messages.js', namedImports: sent.map(payloadTypeName).sort() });
  for (const message of sent) {
    const hasData = message.data !== undefined;
    file.addFunction({
      isExported: true,
      name: encoderName(message),
      docs: docBody([`Builds the {@link ${payloadTypeName(message)}} envelope (opcode ${message.opcode}) around its data.`]),
      parameters: hasData ? [{ name: 'd', type: dataTypeName(message) }] : [],
      returnType: payloadTypeName(message),
      statements: hasData ? `return { op: ${message.opcode}, d };` : `return { op: ${message.opcode} };`,
    });
  }
}

export function emitClient(file: StatementList, ir: GatewayIr, defaultUrl: string, runtime: string): void {
  const methods = userSentMessages(ir);
  const identify = ir.messages.find((m) => m.direction === 'send' && m.opcode === IDENTIFY_OPCODE && m.data !== undefined);
  const identifyData = identify ? dataTypeName(identify) : undefined;
  const identifyFields = identify ? ir.schemas.find((s) => s.name === identifyData)?.schema.properties ?? {} : {};
  const hasReady = ir.messages.some((m) => m.direction === 'receive' && m.event === READY_EVENT);

  const modelImports = new Set(methods.map(dataTypeName).filter((n) => n !== 'never'));
  if (identifyData !== undefined) modelImports.add(identifyData);
  file.addImportDeclaration({ moduleSpecifier: runtime, namedImports: ['GatewayClientBase', { name: 'GatewayClientOptions', isTypeOnly: true }, { name: 'SendSchema', isTypeOnly: true }] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './messages.js', namedImports: ['GatewayDispatchMap', 'GatewayReceivePayload'] });
  if (modelImports.size > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namedImports: [...modelImports].sort() });
  if (methods.length > 0) file.addImportDeclaration({ moduleSpecifier: './schemas.js', namedImports: methods.map(sendSchemaName).sort() });

  const presence = 'presence' in identifyFields ? `NonNullable<${identifyData}['presence']>` : 'unknown';
  const properties = 'properties' in identifyFields ? `NonNullable<${identifyData}['properties']>` : undefined;
  const ready = hasReady ? `GatewayDispatchMap['${READY_EVENT}']` : 'unknown';

  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The server URL from the document, used when the `url` option is not given.'],
    declarations: [{ name: 'DEFAULT_GATEWAY_URL', type: 'string', initializer: stringLiteral(defaultUrl) }],
  });
  file.addTypeAlias({
    isExported: true,
    name: 'ClientOptions',
    docs: ['Options of {@link GatewayClient}: token, intents, and the connection settings of the runtime.'],
    type: `GatewayClientOptions<${presence}${properties !== undefined ? `, ${properties}` : ''}>`,
  });
  emitSendTable(file, methods);
  file.addClass({
    isExported: true,
    name: 'GatewayClient',
    docs: docBody([`A typed client for ${ir.title} (version ${ir.version}).`, '', ...(ir.description !== undefined ? [ir.description] : []),
      '', '`connect()` resolves with the READY data; `on(event, handler)` is typed per dispatch event.']),
    extends: `GatewayClientBase<GatewayDispatchMap, ${ready}, ${presence}, GatewayReceivePayload>`,
    ctors: [{ parameters: [{ name: 'options', type: 'ClientOptions' }], statements: 'super(options, { url: DEFAULT_GATEWAY_URL });' }],
    methods: methods.map((message) => ({
      name: sendMethodName(message),
      scope: Scope.Public,
      docs: docBody([...messageDocLines(message), '',
        `Sends opcode ${message.opcode}; resolves once written, after the rate limit (and any reconnect) allows.`,
        '@throws {GatewayError} (the promise rejects and nothing is sent) `INVALID_PAYLOAD` when `d` does not match the schema, `PAYLOAD_TOO_LARGE` when it serializes to over 4096 bytes, `SEND_QUEUE_FULL` when too many sends wait for a reconnect.']),
      parameters: message.data !== undefined ? [{ name: 'd', type: dataTypeName(message) }] : [],
      returnType: 'Promise<void>',
      statements: `return this.sendPayload(${message.opcode}, ${message.data !== undefined ? 'd' : 'undefined'}, ${sendSchemaName(message)});`,
    })),
  });
}

/**
 * `GatewaySendMap` (method name -> data type) and `GatewaySendCommands` (method name -> opcode and schema): what code
 * that sends on a client's behalf needs to check a payload exactly as the method would before queueing it elsewhere
 * (`@gen-gateway/redis`' `events.send` validates, then the host that owns the shard calls the method by name).
 */
function emitSendTable(file: StatementList, methods: MessageIr[]): void {
  file.addStatements((writer) => {
    writer.write(renderJsDoc(['The data each send method of {@link GatewayClient} takes, by method name.']));
    writer.write('export type GatewaySendMap = {').newLine().indent(() => {
      for (const m of methods) writer.write(`${propertyKey(sendMethodName(m))}: ${m.data !== undefined ? dataTypeName(m) : 'undefined'};`).newLine();
    }).write('};');
  });
  file.addStatements((writer) => {
    writer.write(renderJsDoc(['Every send method of {@link GatewayClient}: its opcode and the schema its data is validated with before it is queued.']));
    writer.write('export const GatewaySendCommands: { readonly [M in keyof GatewaySendMap]: { readonly op: number; readonly schema: SendSchema } } = {').newLine().indent(() => {
      for (const m of methods) writer.write(`${propertyKey(sendMethodName(m))}: { op: ${m.opcode}, schema: ${sendSchemaName(m)} },`).newLine();
    }).write('};');
  });
}
