/** The files around the code of a plain-payload package: `package.json` and the README from `templates/plain/README.md`. */
import type { GatewayIr, MessageIr, ServerIr } from '../../ir/types.js';
import type { PackageInfo } from '../emit-package.js';
import { cell, emitPackageJson, renderTemplate, table } from '../emit-package.js';
import { lineCommentText, markdownCode, markdownText, propertyKey, stringLiteral } from '../escape.js';
import { transportExample, usageExample } from './readme-examples.js';
import { defaultWebSocketUrl } from './emit-plain-client.js';
import { receivedMessages } from './plain-names.js';
import { planReceives, type ReceiveRoute } from '../../ir/receive-routes.js';
import { channelProtocol } from '../../ir/channel-protocol.js';
import { sendUses, type SendUse } from './emit-plain-send.js';
import { defaultServer, parametersTypeName } from './emit-plain-channels.js';
import { dedicatedServers } from './emit-plain-servers.js';
import { shippedTransportFor, shippedTransports, type ShippedTransport } from './shipped-transports.js';

/** The `ws` version the default transport is written against. */
const WS_RANGE = '^8.18.0';

export function emitPlainPackageJson(ir: GatewayIr, info: PackageInfo): string {
  return emitPackageJson(ir, info, { ws: WS_RANGE }, Object.fromEntries(shippedTransports(ir).map((t) => [t.library, t.range])));
}

function typeCell(m: MessageIr): string {
  return m.payload.$ref !== undefined ? `\`${m.payload.$ref}\`` : '';
}

/** One line per route that carries several messages: how the client tells them apart there. */
function routeLine(route: ReceiveRoute): string {
  const where = route.address === undefined ? 'the WebSocket connection (no channel reported)' : markdownCode(route.address);
  const names = (messages: MessageIr[]): string => messages.map((m) => `\`${m.name}\``).join(', ');
  if (route.discriminator === undefined) return `- ${where}: by schema, tried in this order: ${names(route.messages)}`;
  const values = route.discriminator.values.map((v) => `${markdownCode(JSON.stringify(v.value))}: ${names(v.messages)}${v.messages.length > 1 ? ' (by schema, in this order)' : ''}`);
  return `- ${where}: by ${markdownCode(route.discriminator.field)} (${values.join('; ')})`;
}

function envelopeText(ir: GatewayIr): string {
  if (receivedMessages(ir).length === 0) return 'The client receives no message.';
  const plan = planReceives(ir);
  // A WebSocket channel's messages arrive on the connection, where the channel is not reported: its own route is
  // not the one they take.
  const onWebSocket = (r: ReceiveRoute): boolean => r.channels.every((key) => /^wss?$/i.test(channelProtocol(ir, ir.channels.find((c) => c.key === key)!)));
  const routes = [...plan.routes.filter((r) => !plan.unreportedInUse || !onWebSocket(r)), ...(plan.unreportedInUse ? [plan.unreported] : [])].filter((r) => r.messages.length > 1);
  return [
    [
      'A received message is known first by the channel it arrives on (the address the transport reports in `context.channel`; a WebSocket,',
      'which carries every channel on one connection, reports none). Where a channel carries several messages, a property each of them pins to its',
      'own value tells them apart, else their schemas, the narrower tried first. The payload is then checked against its schema (see "Validation").',
      '`client.on(name, handler)` gets the messages of one name, `client.onMessage(handler)` every one; the `is<Message>` guards check a value',
      'against one message\'s schema.',
    ].join(' '),
    routes.length === 0 ? 'Here every channel carries one message: its channel names it.' : ['Channels that carry several messages:', '', ...routes.map(routeLine)].join('\n'),
  ].join('\n\n');
}

/** What to install: `ws` always; the client library of each shipped transport a server uses, as an optional peer. */
function dependenciesText(ir: GatewayIr): string {
  const base = 'It depends on `ws` only, for the default WebSocket transport (loaded when first used).';
  const shipped = shippedTransports(ir);
  if (shipped.length === 0) return base;
  const lines = shipped.map((t) => `npm install ${t.library}`);
  return [
    `${base} Its ${shipped.map((t) => `${t.protocol.toUpperCase()} servers need ${t.about} (\`${t.library}\`)`).join(', ')}: an optional peer dependency, imported only when such a server is used, so install it beside this package:`,
    '',
    '```sh',
    ...lines,
    '```',
  ].join('\n');
}

/** A value for a server variable in an example: its default, else its first allowed value. */
function exampleValue(variable: ServerIr['variables'][number]): string {
  return variable.default ?? variable.enum?.[0] ?? 'value';
}

/** Per server with a shipped transport: how to connect to it, a module of its own that compiles. */
function connectExample(ir: GatewayIr, info: PackageInfo, server: ServerIr, transport: ShippedTransport): string {
  const variables = server.variables.map((v) => `${propertyKey(v.name)}: ${stringLiteral(exampleValue(v))}`);
  return [
    '```ts',
    `import { Client } from ${stringLiteral(info.packageName)};`,
    '',
    `// ${lineCommentText(`${server.name}: ${server.template}`)}`,
    'const client = new Client({',
    `  server: ${stringLiteral(server.name)},`,
    ...(variables.length > 0 ? [`  serverVariables: { ${variables.join(', ')} },`] : []),
    `  ${transport.protocol}: { username: 'me', password: 'secret' }, // ${transport.moreOptions}`,
    '});',
    'await client.connect(); // rejects with a ClientError: unauthorized, not-connected, missing-dependency',
    'await client.close();',
    '```',
  ].join('\n');
}

/** What the MQTT transport does with the document, for READMEs of documents with an MQTT server. */
const MQTT_NOTES = [
  'The MQTT transport (`MqttTransport`, MQTT.js 5, MQTT 5 by default, `mqtt: { protocolVersion: 4 }` for 3.1.1):',
  '',
  '- Subscribes to each received channel with its `{parameters}` as `+` wildcards, at the QoS of the document\'s',
  '  `bindings.mqtt` (`qos`, else `mqtt.qos`, else 0); sends with the operation\'s `qos` and `retain`. A QoS 1 or 2',
  '  send resolves once the broker has acknowledged it.',
  '- Headers travel as MQTT 5 user properties; those the document types other than string go as JSON text',
  '  (`42`, `true`) and come back typed. A request carries `responseTopic` (its reply channel) and',
  '  `correlationData`; a reply is matched by it.',
  '- After a connection loss it reconnects every `reconnectDelayMs` (1000), subscribes again and sends again',
  '  what the broker had not acknowledged. Sends made meanwhile wait, at most `maxQueuedSends` (1000) of them: one',
  '  more rejects at once (`not-connected`). To have the broker keep messages for you while you are away, give a',
  '  fixed `clientId` and `cleanSession: false` (the document\'s server bindings set the defaults).',
  '- Refused credentials reject `connect()` (and any send) with `unauthorized`; a broker that cannot be reached,',
  '  with `not-connected`. Passwords appear in no error, log or `util.inspect`.',
].join('\n');

/** What the NATS transport does with the document, for READMEs of documents with a NATS server. */
const NATS_NOTES = [
  'The NATS transport (`NatsTransport`, nats.js 3):',
  '',
  '- Subscribes to each received channel with its `{parameters}` as `*` wildcards, in the queue group of the',
  '  receiving operation\'s `bindings.nats.queue` when it has one. Core NATS delivers at most once and keeps',
  '  nothing for absent subscribers; a send resolves once the server has read it (a flush).',
  '- Headers travel as NATS headers; those the document types other than string go as JSON text and come back',
  '  typed. A request uses NATS request/reply: its reply subject is under the connection\'s inbox, and the answer',
  '  sent there (`msg.respond()`) resolves it.',
  '- After a connection loss it reconnects for ever every `reconnectDelayMs` (1000) and subscribes again. Sends',
  '  made meanwhile wait, at most `maxQueuedSends` (1000) of them: one more rejects at once (`not-connected`).',
  '- `username`/`password` or `token`, and `tls`, map to the server\'s own; refused credentials reject `connect()`',
  '  with `unauthorized`. Passwords appear in no error, log or `util.inspect`.',
].join('\n');

/** What the AMQP transport does with the document, for READMEs of documents with an AMQP server. */
const AMQP_NOTES = [
  'The AMQP 0-9-1 transport (`AmqpTransport`, amqplib 2; RabbitMQ and other 0-9-1 brokers):',
  '',
  '- Declares, at each connection, the exchanges and queues the document\'s `bindings.amqp` declare, with their',
  '  flags. A channel `is: routingKey` is published to its exchange with its address as routing key; it is',
  '  received through a queue bound with the address in topic form (`{parameters}` as `*`): a private one that',
  '  lives as long as the connection, or the durable queue you name in `amqp: { queues: { <channel>: \'name\' } }`',
  '  to have the broker keep messages while you are away. A channel `is: queue` is sent to and consumed from that queue.',
  '- Sends use the operation\'s binding (`deliveryMode`, `priority`, `expiration`, `mandatory`, `timestamp`, `cc`...)',
  '  and resolve once the broker confirmed them (publisher confirms); a `mandatory` send no queue takes, or one',
  '  the broker refuses, rejects (`rejected`). Headers travel in the AMQP headers table, typed.',
  '- A request carries `replyTo` (the queue its replies come to) and `correlationId`; a reply is matched by it. To',
  '  answer one, send to `context.replyTo` with `correlationId: context.correlationId`.',
  '- After a connection loss it reconnects with backoff (`reconnectDelayMs` 100, doubling up to',
  '  `maxReconnectDelayMs` 5000), declares and consumes again. Sends made meanwhile wait, at most',
  '  `maxQueuedSends` (1000) of them: one more rejects at once (`not-connected`); a send cut off before its',
  '  confirm rejects (`not-connected`: it may or may not have arrived).',
  '- `username`/`password` (or in the URL), `vhost` and `tls` map to the broker\'s own; refused credentials reject',
  '  `connect()` with `unauthorized`. Passwords appear in no error, log or `util.inspect`.',
].join('\n');

function transportText(ir: GatewayIr, info: PackageInfo): string {
  const shippedServers = ir.servers.flatMap((s) => {
    const t = shippedTransportFor(s);
    return t === undefined ? [] : [{ server: s, transport: t }];
  });
  if (shippedServers.length > 0) return shippedTransportText(ir, info, shippedServers);
  return ownTransportText(ir, info);
}

function shippedTransportText(ir: GatewayIr, info: PackageInfo, shipped: Array<{ server: ServerIr; transport: ShippedTransport }>): string {
  const rows = ir.servers.map((s) => {
    const t = shippedTransportFor(s);
    const kind = /^wss?$/i.test(s.protocol) ? '`WebSocketTransport` (`ws`)' : t === undefined ? 'yours: pass `transport`' : `\`${t.className}\` (${t.about})`;
    return [markdownCode(s.name, { inTable: true }), markdownCode(s.protocol, { inTable: true }), markdownCode(s.template, { inTable: true }), kind, t === undefined ? '' : `\`npm install ${t.library}\``];
  });
  const others = ir.servers.some((s) => shippedTransportFor(s) === undefined && !/^wss?$/i.test(s.protocol));
  return [
    'The client picks each server\'s transport from its `protocol`; `transport` (or `transports`, per server) replaces it with yours.',
    '',
    table(['Server', 'Protocol', 'URL', 'Transport', 'Install'], rows),
    '',
    ...shipped.flatMap(({ server, transport }) => [connectExample(ir, info, server, transport), '']),
    `To connect elsewhere than the document says (a broker of your own), pass \`url: ${stringLiteral(shipped[0]!.transport.exampleUrl)}\`: it is used as is.`,
    ...(shipped.some(({ transport }) => transport.protocol === 'mqtt') ? ['', MQTT_NOTES] : []),
    ...(shipped.some(({ transport }) => transport.protocol === 'nats') ? ['', NATS_NOTES] : []),
    ...(shipped.some(({ transport }) => transport.protocol === 'amqp') ? ['', AMQP_NOTES] : []),
    ...(others ? ['', `For the other servers, pass a \`transport\` of your own: a small wrapper around your client library.`, '', transportExample(info)] : []),
  ].join('\n');
}

function ownTransportText(ir: GatewayIr, info: PackageInfo): string {
  const url = defaultWebSocketUrl(ir);
  const protocols = [...new Set(ir.servers.map((s) => s.protocol))];
  const iface = transportExample(info);
  if (url !== undefined) {
    return `The default transport is a \`WebSocketTransport\` to ${markdownCode(url)} (the platform's \`WebSocket\` where there is one, else \`ws\`). Pass \`transport\` to use another.${dedicatedText(ir)}\n\n${iface}`;
  }
  return `The document's servers speak ${protocols.map((p) => markdownCode(p)).join(', ')}, not WebSocket: pass your own \`transport\`, a small wrapper around your client library. \`context.channel\` is the address (topic, queue), its parameters filled in.${dedicatedText(ir)}\n\n${iface}`;
}

/** Servers that some channels live on get a transport each, in `transports`. */
function dedicatedText(ir: GatewayIr): string {
  const servers = dedicatedServers(ir);
  if (servers.length === 0) return '';
  return ` Some channels live on other servers: pass a transport for each in \`transports\` (${servers.map((s) => `${markdownCode(s.name)}, ${markdownCode(s.protocol)}`).join('; ')}); a WebSocket one defaults to a \`WebSocketTransport\`.`;
}

function requestNotes(ir: GatewayIr): string {
  const received = receivedMessages(ir);
  const requests = sendUses(ir).map((u) => ({ ...u, replies: u.replies.filter((r) => received.includes(r)) })).filter((u) => u.replies.length > 0);
  if (requests.length === 0) return '_The document declares no request/reply operation._';
  return table(['Method', 'Reply', 'Matched by'], requests.map(({ message: m, name, replies }) => [
    `\`client.request${name}(message, { timeoutMs })\``,
    replies.map((r) => `\`${r.name}\``).join(' or '),
    m.correlation === undefined
      ? 'the transport\'s own correlation where it has one (MQTT 5 `correlationData`, a NATS reply subject), else the next reply of that type (no `correlationId`)'
      : `\`${m.correlation.path.join('.')}\` in the ${m.correlation.in}${m.correlation.in === 'payload' ? ' (a fresh id is set when missing)' : ''}`,
  ]));
}

function channelsText(ir: GatewayIr): string {
  const rows = ir.channels.map((c) => [markdownCode(c.address, { inTable: true }), c.parameters.length === 0 ? '' : `\`${parametersTypeName(c)}\``, c.servers.map((s) => markdownCode(s, { inTable: true })).join(', ')]);
  const servers = ir.servers.map((s) => [markdownCode(s.name, { inTable: true }), markdownCode(s.template, { inTable: true }), s.variables.map((v) => `${markdownCode(v.name, { inTable: true })}${v.default !== undefined ? ` (default ${markdownCode(v.default, { inTable: true })})` : ''}`).join(', ')]);
  return [
    rows.length === 0 ? '' : table(['Channel', 'Parameters', 'Servers (none: any)'], rows),
    servers.length === 0 ? '' : table(['Server', 'URL', 'Variables'], servers),
  ].filter((t) => t !== '').join('\n\n');
}

export function emitPlainReadme(template: string, ir: GatewayIr, info: PackageInfo): string {
  const sent = sendUses(ir);
  const received = receivedMessages(ir);
  const discriminated = ir.envelope.kind === 'plain' && ir.envelope.discriminator !== undefined;
  return renderTemplate(template, {
    packageName: info.packageName,
    title: markdownText(ir.title),
    version: markdownText(ir.version),
    specFile: markdownText(info.specFile),
    description: ir.description ?? '',
    usage: usageExample(ir, info),
    dependencies: dependenciesText(ir),
    transport: transportText(ir, info),
    envelope: envelopeText(ir),
    sendTable: table(['Message', 'Type', 'Method', 'Channel', 'Summary'], sent.map((u: SendUse) => [cell(u.message.name), typeCell(u.message), `\`client.send${u.name}(message${u.channel?.parameters.length ? ', { parameters }' : ''})\``, cell(u.channel?.address), cell(u.message.summary ?? u.message.title)])),
    receiveTable: table(['Message', 'Type', ...(discriminated ? ['Discriminator'] : []), 'Guard', 'Channel', 'Summary'], received.map((m) => [
      cell(m.name), typeCell(m), ...(discriminated ? [m.discriminatorValue === undefined ? '' : markdownCode(m.discriminatorValue, { inTable: true })] : []), `\`is${m.name}\``, cell(m.channel), cell(m.summary ?? m.title),
    ])),
    requestNotes: requestNotes(ir),
    channels: channelsText(ir),
  }).replace(/\n{3,}/g, '\n\n');
}
