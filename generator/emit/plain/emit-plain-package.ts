/** The files around the code of a plain-payload package: `package.json` and the README from `templates/plain/README.md`. */
import type { GatewayIr, MessageIr } from '../../ir/types.js';
import type { PackageInfo } from '../emit-package.js';
import { cell, emitPackageJson, renderTemplate, table } from '../emit-package.js';
import { markdownCode, markdownText } from '../escape.js';
import { transportExample, usageExample } from './readme-examples.js';
import { defaultWebSocketUrl } from './emit-plain-client.js';
import { receivedMessages } from './plain-names.js';
import { planReceives, type ReceiveRoute } from '../../ir/receive-routes.js';
import { channelProtocol } from '../../ir/channel-protocol.js';
import { sendUses, type SendUse } from './emit-plain-send.js';
import { parametersTypeName } from './emit-plain-channels.js';
import { dedicatedServers } from './emit-plain-servers.js';

/** The `ws` version the default transport is written against. */
const WS_RANGE = '^8.18.0';

export function emitPlainPackageJson(ir: GatewayIr, info: PackageInfo): string {
  return emitPackageJson(ir, info, { ws: WS_RANGE });
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

function transportText(ir: GatewayIr, info: PackageInfo): string {
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
      ? 'the next reply of that type (no `correlationId`)'
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
