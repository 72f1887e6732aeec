/**
 * `messages.ts` of a plain-payload package: the sent and received unions, the name -> type maps that type the
 * client's methods, one `is<Message>` guard per received message (its schema, checked in full), and how a
 * received payload is told apart: the route of each received channel (its candidate messages, narrowest schema
 * first, and the property that names them where one does; see `ir/receive-routes.ts`), and
 * `receivedMessageName`, which applies them as the client does.
 */
import type { GatewayIr, MessageIr } from '../../ir/types.js';
import { planReceives, type ReceiveRoute } from '../../ir/receive-routes.js';
import { addConstStatement } from '../literal-writer.js';
import { propertyKey } from '../escape.js';
import { MODELS, code, docs, guardName, mapType, messageType, receivedMessages, sentMessages } from './plain-names.js';
import { MESSAGE_SCHEMAS } from './emit-plain-schemas.js';
import type { StatementList } from '../statement-list.js';

function unionOf(messages: MessageIr[]): string {
  const types = [...new Set(messages.map(messageType))];
  return types.length === 0 ? 'never' : types.join(' | ');
}

/** A route as the data `receive.ts` reads: message names only. */
function routeData(route: ReceiveRoute): unknown {
  return {
    messages: route.messages.map((m) => m.name),
    ...(route.discriminator !== undefined && {
      discriminator: { field: route.discriminator.field, values: route.discriminator.values.map((v) => ({ value: v.value, messages: v.messages.map((m) => m.name) })) },
    }),
  };
}

export function emitPlainMessages(file: StatementList, ir: GatewayIr): void {
  const sent = sentMessages(ir);
  const received = receivedMessages(ir);
  if (ir.messages.length > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namespaceImport: MODELS });
  if (received.length > 0) file.addImportDeclaration({ moduleSpecifier: './validate.js', namedImports: ['validatePayload'] });
  file.addImportDeclaration({ moduleSpecifier: './receive.js', namedImports: ['identify'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './receive.js', namedImports: ['ReceiveRoute'] });
  file.addImportDeclaration({ moduleSpecifier: './schemas.js', namedImports: [MESSAGE_SCHEMAS] });
  file.addImportDeclaration({ moduleSpecifier: './channels.js', namedImports: ['SUBSCRIPTIONS'] });

  file.addTypeAlias({ isExported: true, name: 'SentMessage', docs: ['Every message this client sends.'], type: unionOf(sent) });
  file.addTypeAlias({ isExported: true, name: 'ReceivedMessage', docs: ['Every message this client receives.'], type: unionOf(received) });
  file.addTypeAlias({ isExported: true, name: 'SentMessageMap', docs: ['Message name -> type, for the messages this client sends.'], type: mapType(sent.map((m) => [m.name, messageType(m)]), propertyKey) });
  file.addTypeAlias({ isExported: true, name: 'ReceivedMessageMap', docs: ['Message name -> type, for the messages this client receives.'], type: mapType(received.map((m) => [m.name, messageType(m)]), propertyKey) });
  file.addTypeAlias({ isExported: true, name: 'ReceivedMessageName', type: 'keyof ReceivedMessageMap' });

  for (const message of received) {
    const summary = message.summary ?? message.title;
    file.addFunction({
      isExported: true,
      name: guardName(message),
      docs: docs([
        `Does \`value\` match the schema of \`${message.name}\`${summary ? ` (${summary})` : ''}? Every constraint is checked. Another message's schema may accept it too: the client tells received messages apart by their channel and discriminator first.`,
      ]),
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${messageType(message)}`,
      statements: `return validatePayload(${MESSAGE_SCHEMAS}[${code(message.name)}], value).length === 0;`,
    });
  }

  addConstStatement(file, {
    name: 'RECEIVED_MESSAGE_KEYS',
    docs: 'Received message name -> its name in the document, which the client puts in `context.message`, as sends do.',
    type: mapType(received.map((m) => [m.name, code(m.key)]), (k) => `readonly ${propertyKey(k)}`),
    value: Object.fromEntries(received.map((m) => [m.name, m.key])),
  });
  const plan = planReceives(ir);
  const byChannel = plan.routes.flatMap((route) => route.channels.map((channel): [string, unknown] => [channel, routeData(route)]));
  addConstStatement(file, {
    name: 'RECEIVE_ROUTES',
    docs: 'Per received channel (by key): the messages that may arrive on it, in the order their schemas are tried, and the property that names them where one does.',
    type: 'Readonly<Record<string, ReceiveRoute>>',
    value: Object.fromEntries(byChannel),
  });
  addConstStatement(file, {
    name: 'UNREPORTED_ROUTE',
    docs: 'The route of a message whose transport does not say which channel it came on (a WebSocket carries every channel of its server).',
    type: 'ReceiveRoute',
    value: routeData(plan.unreported),
  });
  file.addFunction({
    isExported: true,
    name: 'receiveRouteFor',
    docs: docs(['The route of the address a message came on, with the channel parameters read from it; undefined when no channel the client receives on has that address.']),
    parameters: [{ name: 'address', type: 'string | undefined' }],
    returnType: '{ route: ReceiveRoute; parameters?: Record<string, string> } | undefined',
    statements: [
      'if (address === undefined) return { route: UNREPORTED_ROUTE };',
      'for (const subscription of SUBSCRIPTIONS) {',
      '  const parameters = subscription.extract(address);',
      '  const route = RECEIVE_ROUTES[subscription.channel];',
      '  if (parameters !== undefined && route !== undefined) return { route, parameters };',
      '}',
      'return undefined;',
    ],
  });
  file.addFunction({
    isExported: true,
    name: 'receivedMessageName',
    docs: docs([
      'The name of a received payload, told apart as the client does: by the channel it came on (its address; none: the messages of a WebSocket), then by its discriminator or schema, its schema checked in full. Undefined when it is no valid message of that channel.',
    ]),
    parameters: [{ name: 'message', type: 'unknown' }, { name: 'channel', type: 'string', hasQuestionToken: true }],
    returnType: 'ReceivedMessageName | undefined',
    statements: [
      'const found = receiveRouteFor(channel);',
      'if (found === undefined) return undefined;',
      `const result = identify(found.route, ${MESSAGE_SCHEMAS}, message, { validate: true });`,
      'return result.ok ? (result.name as ReceivedMessageName) : undefined;',
    ],
  });
}
