/**
 * What the plain-payload emitters share: which messages go which way, the identifiers derived from a message
 * name (the name itself was claimed once in the IR's registry, so these are unique too). Kept apart so the messages, client and README emitters agree without importing each other.
 */
import type { GatewayIr, MessageIr } from '../../ir/types.js';
import { docBody } from '../jsdoc.js';
import { literal, propertyKey } from '../escape.js';

/** Every model is imported into the other modules under this namespace, so model names never clash with ours. */
export const MODELS = 'M';

export function sentMessages(ir: GatewayIr): MessageIr[] {
  return ir.messages.filter((m) => m.direction === 'send' || m.bothWays === true);
}

export function receivedMessages(ir: GatewayIr): MessageIr[] {
  return ir.messages.filter((m) => m.direction === 'receive' || m.bothWays === true);
}

/** The message's TypeScript type, as written in modules that import the models as `M`. */
export function messageType(message: MessageIr): string {
  return message.payload.$ref !== undefined ? `${MODELS}.${message.payload.$ref}` : 'unknown';
}

export const sendMethodName = (m: MessageIr): string => `send${m.name}`;
export const requestMethodName = (m: MessageIr): string => `request${m.name}`;
export const guardName = (m: MessageIr): string => `is${m.name}`;

/** The reply messages of a request, resolved from their keys. */
export function repliesOf(ir: GatewayIr, message: MessageIr): MessageIr[] {
  const keys = message.replyKeys ?? (message.replyKey !== undefined ? [message.replyKey] : []);
  return keys.map((k) => ir.messages.find((m) => m.key === k)).filter((m): m is MessageIr => m !== undefined && (m.direction === 'receive' || m.bothWays === true));
}

/** A doc comment body for ts-morph (which adds the frame itself). */
export function docs(lines: string[]): string[] {
  return docBody(lines);
}

/** A TypeScript object-literal type, `{}` spelled so that its `keyof` is `never`. */
export function mapType(entries: Array<[string, string]>, keyText: (key: string) => string): string {
  if (entries.length === 0) return 'Record<never, never>';
  return `{ ${entries.map(([k, v]) => `${keyText(k)}: ${v};`).join(' ')} }`;
}

/** A JSON value as TypeScript source, single-quoted like the rest of the output. */
export function code(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(code).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${code(v)}`).join(', ')} }`;
  }
  return literal(value);
}
