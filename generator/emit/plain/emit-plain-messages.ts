/**
 * `messages.ts` of a plain-payload package: the sent and received unions, the name -> type maps that type the
 * client's methods, one `is<Message>` guard per received message, and (when the document lets received
 * messages be told apart) `receivedMessageName`, which routes by the discriminator field.
 */
import { VariableDeclarationKind } from 'ts-morph';
import type { GatewayIr, MessageIr } from '../../ir/types.js';
import { propertyKey } from '../escape.js';
import { MODELS, code, docs, guardName, isRoutable, mapType, messageType, receivedMessages, sentMessages, shapeOf } from './plain-names.js';
import type { StatementList } from '../statement-list.js';

function unionOf(messages: MessageIr[]): string {
  const types = [...new Set(messages.map(messageType))];
  return types.length === 0 ? 'never' : types.join(' | ');
}

export function emitPlainMessages(file: StatementList, ir: GatewayIr): void {
  const sent = sentMessages(ir);
  const received = receivedMessages(ir);
  const discriminator = ir.envelope.kind === 'plain' ? ir.envelope.discriminator : undefined;
  if (ir.messages.length > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namespaceImport: MODELS });
  if (received.length > 0) file.addImportDeclaration({ moduleSpecifier: './transport.js', namedImports: ['hasShape', ...(discriminator ? ['readPath'] : [])] });

  file.addTypeAlias({ isExported: true, name: 'SentMessage', docs: ['Every message this client sends.'], type: unionOf(sent) });
  file.addTypeAlias({ isExported: true, name: 'ReceivedMessage', docs: ['Every message this client receives.'], type: unionOf(received) });
  file.addTypeAlias({ isExported: true, name: 'SentMessageMap', docs: ['Message name -> type, for the messages this client sends.'], type: mapType(sent.map((m) => [m.name, messageType(m)]), propertyKey) });
  file.addTypeAlias({ isExported: true, name: 'ReceivedMessageMap', docs: ['Message name -> type, for the messages this client receives.'], type: mapType(received.map((m) => [m.name, messageType(m)]), propertyKey) });
  file.addTypeAlias({ isExported: true, name: 'ReceivedMessageName', type: 'keyof ReceivedMessageMap' });

  const schemas = new Map(ir.schemas.map((s) => [s.name, s]));
  for (const message of received) {
    const shape = shapeOf(message.payload, schemas);
    const pinned = discriminator !== undefined && message.discriminatorValue !== undefined ? { [discriminator.field]: message.discriminatorValue } : {};
    const summary = message.summary ?? message.title;
    file.addFunction({
      isExported: true,
      name: guardName(message),
      docs: docs([
        `Is \`value\` a \`${message.name}\` message${summary ? ` (${summary})` : ''}? Checks the JavaScript type${shape.required.length > 0 ? ' and the required properties' : ''}${Object.keys(pinned).length > 0 ? ` and \`${discriminator!.field}\`` : ''}, not every constraint of the schema.`,
      ]),
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${messageType(message)}`,
      statements: `return hasShape(value, ${code(shape.kind)}, ${code(shape.required)}, ${code(pinned)});`,
    });
  }
  if (isRoutable(ir) && received.length > 0) emitRouter(file, ir, received);
}

/** `receivedMessageName(message)`: by the discriminator's value, guards breaking ties between messages sharing one. */
function emitRouter(file: StatementList, ir: GatewayIr, received: MessageIr[]): void {
  const discriminator = ir.envelope.kind === 'plain' ? ir.envelope.discriminator : undefined;
  if (discriminator === undefined) {
    const only = received[0]!;
    file.addFunction({
      isExported: true,
      name: 'receivedMessageName',
      docs: docs([`The name of a received message: \`${only.name}\`, the only one, when its guard accepts it.`]),
      parameters: [{ name: 'message', type: 'unknown' }],
      returnType: 'ReceivedMessageName | undefined',
      statements: `return ${guardName(only)}(message) ? ${code(only.name)} : undefined;`,
    });
    return;
  }
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(['The field whose value tells received messages apart.']),
    declarations: [{ name: 'DISCRIMINATOR', type: code(discriminator.field), initializer: code(discriminator.field) }],
  });
  const byValue = new Map<string, MessageIr[]>();
  for (const m of received) byValue.set(m.discriminatorValue!, [...(byValue.get(m.discriminatorValue!) ?? []), m]);
  file.addFunction({
    isExported: true,
    name: 'receivedMessageName',
    docs: docs([
      `The name of a received message, from its \`${discriminator.field}\` field (and, where messages share a value, the first whose guard accepts it); undefined for anything else.`,
    ]),
    parameters: [{ name: 'message', type: 'unknown' }],
    returnType: 'ReceivedMessageName | undefined',
    statements: (writer) => {
      writer.write(`switch (readPath(message, [DISCRIMINATOR])) {`).newLine().indent(() => {
        for (const [value, messages] of [...byValue].sort((a, b) => a[0].localeCompare(b[0]))) {
          writer.write(`case ${code(value)}:`).newLine().indent(() => {
            if (messages.length === 1) writer.write(`return ${code(messages[0]!.name)};`).newLine();
            else {
              for (const m of messages) writer.write(`if (${guardName(m)}(message)) return ${code(m.name)};`).newLine();
              writer.write('return undefined;').newLine();
            }
          });
        }
        writer.write('default:').newLine().indent(() => writer.write('return undefined;').newLine());
      }).write('}');
    },
  });
}

