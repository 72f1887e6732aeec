/**
 * Finds every message of a resolved AsyncAPI document with its direction, for 2.x (channel `publish` /
 * `subscribe`) and 3.x (operation `action: send | receive`, with `reply`). Direction is the client's point of
 * view: in 2.x `publish` means the client sends; `perspective: 'server'` flips every direction.
 */
import type { Direction } from './types.js';

type Raw = Record<string, unknown>;

export type Perspective = 'client' | 'server';

export interface FoundMessage {
  raw: Raw;
  key: string;
  direction: Direction;
  pointer: string;
  operationId?: string;
  /** 3.x request/reply: the raw reply messages of the operation that sends this one. */
  replies: Raw[];
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flip(direction: Direction, perspective: Perspective): Direction {
  if (perspective === 'client') return direction;
  return direction === 'send' ? 'receive' : 'send';
}

/** Component keys by identity, so a message used in several places keeps its component name. */
function componentKeys(doc: Raw): Map<object, string> {
  const keys = new Map<object, string>();
  const components = isRecord(doc.components) ? doc.components : {};
  if (isRecord(components.messages)) {
    for (const [key, message] of Object.entries(components.messages)) if (isRecord(message)) keys.set(message, key);
  }
  return keys;
}

export function collectMessages(doc: Raw, perspective: Perspective): FoundMessage[] {
  const found: FoundMessage[] = [];
  const seen = new Map<object, FoundMessage>();
  const keys = componentKeys(doc);
  const add = (raw: unknown, direction: Direction, pointer: string, fallbackKey: string, operationId?: string) => {
    if (!isRecord(raw)) return undefined;
    const existing = seen.get(raw);
    if (existing !== undefined) return existing;
    const key = keys.get(raw) ?? fallbackKey;
    const entry: FoundMessage = { raw, key, direction: flip(direction, perspective), pointer, replies: [], ...(operationId !== undefined && { operationId }) };
    seen.set(raw, entry);
    found.push(entry);
    return entry;
  };

  const major = String(doc.asyncapi ?? '').split('.')[0];
  if (major === '2') {
    const channels = isRecord(doc.channels) ? doc.channels : {};
    for (const [address, channel] of Object.entries(channels)) {
      if (!isRecord(channel)) continue;
      for (const [verb, direction] of [['publish', 'send'], ['subscribe', 'receive']] as const) {
        const operation = channel[verb];
        if (!isRecord(operation)) continue;
        const base = `/channels/${escapePointer(address)}/${verb}/message`;
        const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
        const message = operation.message;
        if (isRecord(message) && Array.isArray(message.oneOf)) {
          message.oneOf.forEach((m, i) => add(m, direction, `${base}/oneOf/${i}`, messageKey(m, `${operationId ?? address}${i + 1}`), operationId));
        } else {
          add(message, direction, base, messageKey(message, operationId ?? address), operationId);
        }
      }
    }
    return found;
  }

  const operations = isRecord(doc.operations) ? doc.operations : {};
  for (const [operationId, operation] of Object.entries(operations)) {
    if (!isRecord(operation)) continue;
    const direction: Direction = operation.action === 'send' ? 'send' : 'receive';
    const channel = isRecord(operation.channel) ? operation.channel : {};
    const messages = Array.isArray(operation.messages) && operation.messages.length > 0
      ? operation.messages
      : Object.values(isRecord(channel.messages) ? channel.messages : {});
    const channelKeys = new Map<unknown, string>(Object.entries(isRecord(channel.messages) ? channel.messages : {}).map(([k, v]) => [v, k]));
    const reply = isRecord(operation.reply) ? operation.reply : undefined;
    const replyChannel = reply && isRecord(reply.channel) ? reply.channel : {};
    const replyRaw = reply
      ? (Array.isArray(reply.messages) && reply.messages.length > 0 ? reply.messages : Object.values(isRecord(replyChannel.messages) ? replyChannel.messages : {}))
      : [];
    const replies: Raw[] = [];
    replyRaw.forEach((m, i) => {
      const entry = add(m, direction === 'send' ? 'receive' : 'send', `/operations/${escapePointer(operationId)}/reply/messages/${i}`, messageKey(m, `${operationId}Reply${i + 1}`), operationId);
      if (entry) replies.push(entry.raw);
    });
    messages.forEach((m, i) => {
      const entry = add(m, direction, `/operations/${escapePointer(operationId)}/messages/${i}`, messageKey(m, channelKeys.get(m) ?? `${operationId}${i + 1}`), operationId);
      if (entry && direction === 'send') entry.replies.push(...replies);
    });
  }
  return found;
}

function messageKey(raw: unknown, fallback: string): string {
  if (isRecord(raw)) {
    for (const field of ['name', 'messageId', 'x-parser-message-name'] as const) {
      const value = raw[field];
      if (typeof value === 'string' && value !== '' && !value.startsWith('<anonymous')) return value;
    }
  }
  return fallback;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
