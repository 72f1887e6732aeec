/**
 * Channels that live on their own server (3.x channel `servers`, 2.x channel `servers`) get their own
 * transport: one per server other than the default one, passed in `transports` (a WebSocket server gets a
 * `WebSocketTransport` by default, an MQTT one the shipped `MqttTransport`; any other protocol needs the
 * user's). Sends and subscriptions go to the transport of their channel's first server; everything received
 * from any of them reaches the same client.
 */
import type { OptionalKind, PropertySignatureStructure } from 'ts-morph';
import type { GatewayIr, ServerIr } from '../../ir/types.js';
import { propertyKey } from '../escape.js';
import { code, docs } from './plain-names.js';
import { defaultServer } from './emit-plain-channels.js';
import { shippedTransportFor } from './shipped-transports.js';

const isWebSocket = (server: ServerIr): boolean => /^wss?$/i.test(server.protocol);
/** Servers the package has a transport for: WebSocket, and the shipped broker transports. */
const hasDefault = (server: ServerIr): boolean => isWebSocket(server) || shippedTransportFor(server) !== undefined;

/** Servers some channel is on, other than the default server: each gets a transport of its own. */
export function dedicatedServers(ir: GatewayIr): ServerIr[] {
  const fallback = defaultServer(ir)?.name;
  const names = new Set(ir.channels.map((c) => c.servers[0]).filter((s): s is string => s !== undefined && s !== fallback));
  return ir.servers.filter((s) => names.has(s.name));
}

/** The transport a channel's messages travel on, as an expression inside the client. */
export function transportExpression(ir: GatewayIr, channelKey: string | undefined): string {
  const server = ir.channels.find((c) => c.key === channelKey)?.servers[0];
  return server !== undefined && dedicatedServers(ir).some((s) => s.name === server) ? `this.serverTransport(${code(server)})` : 'this.transport';
}

export function transportsOption(ir: GatewayIr): OptionalKind<PropertySignatureStructure> | undefined {
  const servers = dedicatedServers(ir);
  if (servers.length === 0) return undefined;
  const required = servers.some((s) => !hasDefault(s));
  return {
    name: 'transports',
    hasQuestionToken: !required,
    type: `{ ${servers.map((s) => `${propertyKey(s.name)}${hasDefault(s) ? '?' : ''}: Transport;`).join(' ')} }`,
    docs: docs([`A transport per server that some channels live on (${servers.map((s) => `\`${s.name}\` (${s.protocol})`).join(', ')}); a WebSocket one defaults to a \`WebSocketTransport\` to its URL, an MQTT or NATS one to the shipped transport.`]),
  };
}

/** Constructor lines that fill `this.transports`, after `this.transport` is set. */
export function transportsInit(ir: GatewayIr): string[] {
  const servers = dedicatedServers(ir);
  if (servers.length === 0) return [];
  const variables = ir.servers.some((s) => s.variables.length > 0) ? 'options.serverVariables' : 'undefined';
  const entries = servers.map((s) => {
    const member = propertyKey(s.name) === s.name ? `.${s.name}` : `[${code(s.name)}]`;
    const given = `options.transports${hasDefault(s) ? `?.${member.replace(/^\./, '')}` : member}`;
    const fallback = isWebSocket(s)
      ? ` ?? new WebSocketTransport({ url: serverUrl(SERVERS[${code(s.name)}].template, SERVERS[${code(s.name)}].variables, ${variables}) })`
      : hasDefault(s) ? ` ?? serverTransport(${code(s.name)}, options)` : '';
    return `  [${code(s.name)}, ${given}${fallback}],`;
  });
  return ['this.transports = new Map<string, Transport>([', ...entries, ']);'];
}

/** The distinct transports of the client, as an expression (one unless some servers have their own). */
export function allTransports(ir: GatewayIr): string {
  return dedicatedServers(ir).length === 0 ? '[this.transport]' : '[...new Set([this.transport, ...this.transports.values()])]';
}
