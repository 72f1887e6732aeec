/** The files around the code of a plain-payload package: `package.json` and the README from `templates/plain/README.md`. */
import type { GatewayIr, MessageIr } from '../../ir/types.js';
import type { PackageInfo } from '../emit-package.js';
import { cell, emitPackageJson, renderTemplate, table } from '../emit-package.js';
import { markdownCode, markdownText, stringLiteral } from '../escape.js';
import { defaultWebSocketUrl } from './emit-plain-client.js';
import { isRoutable, receivedMessages } from './plain-names.js';
import { sendUses, type SendUse } from './emit-plain-send.js';
import { parametersTypeName } from './emit-plain-channels.js';
import { dedicatedServers } from './emit-plain-servers.js';
import { shippedTransportFor, shippedTransports } from './shipped-transports.js';

/** The `ws` version the default transport is written against. */
const WS_RANGE = '^8.18.0';

export function emitPlainPackageJson(ir: GatewayIr, info: PackageInfo): string {
  return emitPackageJson(ir, info, { ws: WS_RANGE }, Object.fromEntries(shippedTransports(ir).map((t) => [t.library, t.range])));
}

function typeCell(m: MessageIr): string {
  return m.payload.$ref !== undefined ? `\`${m.payload.$ref}\`` : '';
}

function envelopeText(ir: GatewayIr): string {
  const received = receivedMessages(ir);
  if (ir.envelope.kind === 'plain' && ir.envelope.discriminator !== undefined) {
    const field = ir.envelope.discriminator.field;
    return [
      `Messages are plain payloads, told apart by their \`${field}\` field (a \`const\` every received message pins).`,
      '`client.on(name, handler)` routes by it; where several messages share a value, the first whose `is<Message>` guard accepts the payload wins.',
    ].join(' ');
  }
  if (received.length <= 1) return 'Messages are plain payloads. The client receives at most one kind, so `client.on(name, handler)` needs no discriminator.';
  return [
    'Messages are plain payloads, and the document gives the received ones no shared `const` field to tell them apart',
    '(they are known by message name only). `client.onMessage(handler)` receives the union `ReceivedMessage`; narrow it with',
    'the generated `is<Message>` guards, which check the JavaScript type and the required properties (so more than one may accept a payload).',
  ].join(' ');
}

function usageText(ir: GatewayIr, info: PackageInfo): string {
  const url = defaultWebSocketUrl(ir);
  const firstSent = sendUses(ir)[0];
  const firstReceived = receivedMessages(ir)[0];
  const guard = firstReceived !== undefined && !isRoutable(ir) ? `, is${firstReceived.name}` : '';
  const lines = ['```ts', `import { Client${guard} } from ${stringLiteral(info.packageName)};`, ''];
  if (url !== undefined) lines.push(`const client = new Client({ url: ${stringLiteral(url)} });`);
  else lines.push('const client = new Client({ transport: myTransport }); // see "Transport" below');
  if (firstReceived !== undefined) {
    if (isRoutable(ir)) lines.push(`client.on(${stringLiteral(firstReceived.name)}, (message) => { /* message: ${firstReceived.payload.$ref ?? 'unknown'} */ });`);
    else lines.push(`client.onMessage((message) => { if (is${firstReceived.name}(message)) { /* message: ${firstReceived.payload.$ref ?? 'unknown'} */ } });`);
  }
  if (firstSent !== undefined) {
    const parameters = firstSent.channel?.parameters.map((p) => `${p.name}: '...'`).join(', ');
    const options = parameters !== undefined && parameters !== '' ? `, { parameters: { ${parameters} } }` : '';
    lines.push(`await client.send${firstSent.name}({ /* ${firstSent.message.payload.$ref ?? 'unknown'} */ }${options});`);
  }
  lines.push('```');
  return lines.join('\n');
}

function transportText(ir: GatewayIr): string {
  const url = defaultWebSocketUrl(ir);
  const protocols = [...new Set(ir.servers.map((s) => s.protocol))];
  const iface = [
    '```ts',
    'interface Transport {',
    '  connect?(): Promise<void>;',
    '  send(data: string | Uint8Array, context: MessageContext): Promise<void>; // context.channel: the resolved address',
    '  onMessage(handler: (data: string | Uint8Array, context: MessageContext) => void): () => void;',
    '  subscribe?(subscription: Subscription): void | Promise<void>; // brokers: subscribe to subscription.pattern',
    '  close(): Promise<void>;',
    '}',
    '```',
  ].join('\n');
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
    usage: usageText(ir, info),
    transport: transportText(ir),
    envelope: envelopeText(ir),
    sendTable: table(['Message', 'Type', 'Method', 'Channel', 'Summary'], sent.map((u: SendUse) => [cell(u.message.name), typeCell(u.message), `\`client.send${u.name}(message${u.channel?.parameters.length ? ', { parameters }' : ''})\``, cell(u.channel?.address), cell(u.message.summary ?? u.message.title)])),
    receiveTable: table(['Message', 'Type', ...(discriminated ? ['Discriminator'] : []), 'Guard', 'Channel', 'Summary'], received.map((m) => [
      cell(m.name), typeCell(m), ...(discriminated ? [m.discriminatorValue === undefined ? '' : markdownCode(m.discriminatorValue, { inTable: true })] : []), `\`is${m.name}\``, cell(m.channel), cell(m.summary ?? m.title),
    ])),
    requestNotes: requestNotes(ir),
    channels: channelsText(ir),
  }).replace(/\n{3,}/g, '\n\n');
}
