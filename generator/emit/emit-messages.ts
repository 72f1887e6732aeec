/**
 * Message-level types, emitted as ts-morph structures: the `Opcodes` constant, one envelope interface per
 * message (`MessageCreatePayload`), the send and receive unions (discriminated on `op`, and `t` for
 * dispatches), and the dispatch map that types `client.on(event, handler)`.
 */
import { StructureKind } from 'ts-morph';
import type { GatewayIr, MessageIr } from '../ir/types.js';
import { literal, propertyKey } from './escape.js';
import { addConstStatement } from './literal-writer.js';
import { docBody, messageDocLines, renderJsDoc } from './jsdoc.js';
import type { StatementList } from './statement-list.js';
import { payloadTypeName } from '../ir/target-names.js';


export function dataTypeName(message: MessageIr): string {
  return message.data?.schema.$ref ?? 'never';
}


export function emitMessages(file: StatementList, ir: GatewayIr): void {
  if (ir.envelope.kind !== 'opcode') throw new Error('emitMessages handles the opcode envelope only');
  const envelope = ir.envelope;
  const dataTypes = [...new Set(ir.messages.map(dataTypeName).filter((n) => n !== 'never'))].sort();
  if (dataTypes.length > 0) {
    file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namedImports: dataTypes });
  }

  addConstStatement(file, {
    name: 'Opcodes',
    docs: 'Gateway opcodes, named after the messages that use them.',
    value: Object.fromEntries(ir.opcodes.map((o) => [o.name, o.value])),
    suffix: ' as const',
  });
  file.addTypeAlias({ isExported: true, name: 'Opcode', type: '(typeof Opcodes)[keyof typeof Opcodes]' });

  for (const message of ir.messages) {
    const properties: Array<{ name: string; type: string; hasQuestionToken?: boolean }> = [];
    if (message.opcode !== undefined) properties.push({ name: envelope.opcodeField, type: String(message.opcode) });
    if (message.event !== undefined) {
      if (envelope.sequenceField) properties.push({ name: envelope.sequenceField, type: 'number' });
      properties.push({ name: envelope.eventField!, type: literal(message.event) });
    }
    if (message.data !== undefined) {
      properties.push({ name: envelope.dataField, type: dataTypeName(message), hasQuestionToken: !message.data.required });
    }
    file.addInterface({
      kind: StructureKind.Interface,
      isExported: true,
      name: payloadTypeName(message),
      docs: docBody(messageDocLines(message)),
      properties: properties.map((p) => ({ ...p, name: propertyKey(p.name) })),
    });
  }

  const send = ir.messages.filter((m) => m.direction === 'send');
  const receive = ir.messages.filter((m) => m.direction === 'receive');
  const dispatches = receive.filter((m) => m.event !== undefined);
  const unionOf = (list: MessageIr[]) => (list.length === 0 ? 'never' : list.map(payloadTypeName).join(' | '));
  file.addTypeAlias({ isExported: true, name: 'GatewaySendPayload', docs: ['Every payload the client sends.'], type: unionOf(send) });
  file.addTypeAlias({ isExported: true, name: 'GatewayReceivePayload', docs: ['Every payload the client receives, discriminated on `op` (and `t` for dispatches).'], type: unionOf(receive) });
  file.addTypeAlias({ isExported: true, name: 'GatewayDispatchPayload', docs: ['The received dispatches.'], type: unionOf(dispatches) });

  // A type alias, not an interface: only an alias satisfies the runtime's `Record<string, unknown>` constraint.
  file.addStatements((writer) => {
    writer.write(renderJsDoc(['Dispatch event name -> the type of its data; what `client.on(event, handler)` is checked against.']));
    writer.write('export type GatewayDispatchMap = {').newLine().indent(() => {
      for (const m of dispatches) writer.write(renderJsDoc(messageDocLines(m))).write(`${propertyKey(m.event!)}: ${dataTypeName(m)};`).newLine();
    }).write('};');
  });
  file.addTypeAlias({ isExported: true, name: 'GatewayDispatchEvent', type: 'keyof GatewayDispatchMap' });
  addConstStatement(file, {
    name: 'DispatchIntents',
    docs: 'The intents each dispatch needs (any one of them), from the `x-intents` extension; absent when none is documented.',
    type: 'Readonly<Partial<Record<GatewayDispatchEvent, readonly string[]>>>',
    value: Object.fromEntries(dispatches.filter((m) => m.intents.length > 0).map((m) => [m.event!, m.intents])),
  });
}
