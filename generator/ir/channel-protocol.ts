/**
 * Which protocol a channel speaks, from the servers it lives on. Shared by the load stage (whose warnings about
 * received messages depend on whether the transport can say which channel a message came on) and the plain
 * emitters; plain IR functions, so the loader thread imports nothing heavy for them.
 */
import type { ChannelIr, GatewayIr, ServerIr } from './types.js';

/** The server a client connects to by default: the first WebSocket one, else the first. */
export function defaultServer(ir: GatewayIr): ServerIr | undefined {
  return ir.servers.find((s) => /^wss?$/i.test(s.protocol)) ?? ir.servers[0];
}

/** The protocol a channel speaks: its first server's, else the default server's, else WebSocket. */
export function channelProtocol(ir: GatewayIr, channel: ChannelIr): string {
  const server = ir.servers.find((s) => s.name === channel.servers[0]) ?? defaultServer(ir);
  return server?.protocol ?? 'ws';
}
