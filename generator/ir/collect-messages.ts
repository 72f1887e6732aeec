/**
 * Finds every message of a resolved AsyncAPI document with its direction, for 2.x (channel `publish` /
 * `subscribe`) and 3.x (operation `action: send | receive`, with `reply`).
 *
 * Direction is the generated code's point of view. With the default `client` perspective the document
 * describes the other side (the server) and the generated code is its client: in 2.x `publish` means the
 * client sends (the 2.x spec: others publish to the application), in 3.x `action: receive` means the client
 * sends (the 3.x spec: the described application receives). The same API written in 2.x and in 3.x (the
 * official converter maps `publish` to `receive`) so gives the same client. `perspective: 'server'` generates
 * the described application itself: every direction flips.
 */
import type { Direction } from './types.js';

type Raw = Record<string, unknown>;

export type Perspective = 'client' | 'server';

export interface FoundMessage {
  raw: Raw;
  key: string;
  direction: Direction;
  /** true when some operation sends the message and another receives it. */
  bothWays: boolean;
  pointer: string;
  operationId?: string;
  /** The channel address (3.x `address`, 2.x channel key), when the channel has one. */
  channel?: string;
  /** Request/reply: the raw reply messages of the operation that sends this one. */
  replies: Raw[];
}

/** A channel as an operation uses it: its key in `channels` (2.x: its address), address and raw object. */
export interface FoundChannel {
  key: string;
  address: string;
  raw: Raw;
  pointer: string;
}

/**
 * One operation of the generated side: a message shared by several operations is one `FoundMessage` used by
 * several of these, each with its own channel and direction. A 3.x `reply` is an operation of its own.
 */
export interface FoundOperation {
  id: string;
  direction: Direction;
  channel?: FoundChannel;
  messages: FoundMessage[];
  /** Request/reply: the messages that answer this operation's messages. */
  replies: FoundMessage[];
  pointer: string;
  /** The operation object itself (a 3.x reply's for a reply), for what only some emitters read (bindings). */
  raw: Raw;
}

export interface Collected {
  messages: FoundMessage[];
  operations: FoundOperation[];
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function opposite(direction: Direction): Direction {
  return direction === 'send' ? 'receive' : 'send';
}

function flip(direction: Direction, perspective: Perspective): Direction {
  return perspective === 'client' ? direction : opposite(direction);
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

interface Collector {
  found: FoundMessage[];
  operations: FoundOperation[];
  add(raw: unknown, direction: Direction, pointer: string, fallbackKey: string, extra: { operationId?: string; channel?: string }): FoundMessage | undefined;
}

function createCollector(doc: Raw, perspective: Perspective): Collector {
  const found: FoundMessage[] = [];
  const seen = new Map<object, FoundMessage>();
  const keys = componentKeys(doc);
  return {
    found,
    operations: [],
    add(raw, direction, pointer, fallbackKey, extra) {
      if (!isRecord(raw)) return undefined;
      const final = flip(direction, perspective);
      const existing = seen.get(raw);
      if (existing !== undefined) {
        if (existing.direction !== final) existing.bothWays = true;
        return existing;
      }
      const key = keys.get(raw) ?? fallbackKey;
      const entry: FoundMessage = {
        raw, key, direction: final, bothWays: false, pointer, replies: [],
        ...(extra.operationId !== undefined && { operationId: extra.operationId }),
        ...(extra.channel !== undefined && { channel: extra.channel }),
      };
      seen.set(raw, entry);
      found.push(entry);
      return entry;
    },
  };
}

export function collectMessages(doc: Raw, perspective: Perspective): Collected {
  const collector = createCollector(doc, perspective);
  const major = String(doc.asyncapi ?? '').split('.')[0];
  if (major === '2') collectV2(doc, collector, perspective);
  else collectV3(doc, collector, perspective);
  return { messages: collector.found, operations: collector.operations };
}

/** Records an operation; `direction` is the document's, flipped here like the messages'. */
function addOperation(collector: Collector, perspective: Perspective, fields: Omit<FoundOperation, 'messages' | 'replies'>, messages: Array<FoundMessage | undefined>): FoundOperation {
  const operation: FoundOperation = { ...fields, direction: flip(fields.direction, perspective), messages: [...new Set(messages.filter((m): m is FoundMessage => m !== undefined))], replies: [] };
  collector.operations.push(operation);
  return operation;
}

/** 2.x: `publish` = the client sends, `subscribe` = the client receives; `message.oneOf` lists several. */
function collectV2(doc: Raw, collector: Collector, perspective: Perspective): void {
  const channels = isRecord(doc.channels) ? doc.channels : {};
  for (const [address, channel] of Object.entries(channels)) {
    if (!isRecord(channel)) continue;
    const found: FoundChannel = { key: address, address, raw: channel, pointer: `/channels/${escapePointer(address)}` };
    for (const [verb, direction] of [['publish', 'send'], ['subscribe', 'receive']] as const) {
      const operation = channel[verb];
      if (!isRecord(operation)) continue;
      const base = `/channels/${escapePointer(address)}/${verb}/message`;
      const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
      const extra = { ...(operationId !== undefined && { operationId }), channel: address };
      const message = operation.message;
      const messages = isRecord(message) && Array.isArray(message.oneOf)
        ? message.oneOf.map((m, i) => collector.add(m, direction, `${base}/oneOf/${i}`, messageKey(m, `${operationId ?? address}${i + 1}`), extra))
        : [collector.add(message, direction, base, messageKey(message, operationId ?? address), extra)];
      addOperation(collector, perspective, { id: operationId ?? `${address} ${verb}`, direction, channel: found, pointer: `/channels/${escapePointer(address)}/${verb}`, raw: operation }, messages);
    }
  }
}

/** The messages an operation (or its reply) lists, else every message of its channel. */
function operationMessages(operation: Raw): unknown[] {
  const channel = isRecord(operation.channel) ? operation.channel : {};
  if (Array.isArray(operation.messages) && operation.messages.length > 0) return operation.messages;
  return Object.values(isRecord(channel.messages) ? channel.messages : {});
}

function channelAddress(operation: Raw): string | undefined {
  const channel = isRecord(operation.channel) ? operation.channel : undefined;
  return channel !== undefined && typeof channel.address === 'string' ? channel.address : undefined;
}

/**
 * The channel an operation (or reply) points at, with its key in `channels`. The parser hands operations a
 * copy of the channel, so it is found by identity, else by its address (the first channel with it).
 */
function foundChannel(doc: Raw, operation: Raw): FoundChannel | undefined {
  const channel = isRecord(operation.channel) ? operation.channel : undefined;
  const address = channelAddress(operation);
  if (channel === undefined || address === undefined) return undefined;
  const channels = Object.entries(isRecord(doc.channels) ? doc.channels : {});
  const entry = channels.find(([, c]) => c === channel) ?? channels.find(([, c]) => isRecord(c) && c.address === address);
  const key = entry?.[0] ?? address;
  return { key, address, raw: channel, pointer: `/channels/${escapePointer(key)}` };
}

/**
 * 3.x: `action: receive` = the client sends (the described application receives), `send` = the client
 * receives. A `reply` goes the other way; when the client is the side that sends the request, the request
 * message records its replies (`requestX()` resolves with one of them).
 */
function collectV3(doc: Raw, collector: Collector, perspective: Perspective): void {
  const operations = isRecord(doc.operations) ? doc.operations : {};
  const where = messagePointers(doc);
  for (const [operationId, operation] of Object.entries(operations)) {
    if (!isRecord(operation)) continue;
    const direction: Direction = operation.action === 'send' ? 'receive' : 'send';
    const channel = isRecord(operation.channel) ? operation.channel : {};
    const channelKeys = new Map<unknown, string>(Object.entries(isRecord(channel.messages) ? channel.messages : {}).map(([k, v]) => [v, k]));
    const address = channelAddress(operation);
    const base = `/operations/${escapePointer(operationId)}`;
    const requests = operationMessages(operation).map((m, i) =>
      collector.add(m, direction, where(m) ?? `${base}/messages/${i}`, messageKey(m, channelKeys.get(m) ?? `${operationId}${i + 1}`), { operationId, ...(address !== undefined && { channel: address }) }));
    const requestChannel = foundChannel(doc, operation);
    const found = addOperation(collector, perspective, { id: operationId, direction, ...(requestChannel !== undefined && { channel: requestChannel }), pointer: base, raw: operation }, requests);

    const reply = isRecord(operation.reply) ? operation.reply : undefined;
    if (reply === undefined) continue;
    const replyChannel = isRecord(reply.channel) ? reply.channel : {};
    const replyKeys = new Map<unknown, string>(Object.entries(isRecord(replyChannel.messages) ? replyChannel.messages : {}).map(([k, v]) => [v, k]));
    const replyAddress = channelAddress(reply) ?? address;
    const replyEntries = operationMessages(reply).map((m, i) => collector.add(m, opposite(direction), where(m) ?? `${base}/reply/messages/${i}`, messageKey(m, replyKeys.get(m) ?? `${operationId}Reply${i + 1}`), {
      operationId, ...(replyAddress !== undefined && { channel: replyAddress }),
    }));
    const replies = replyEntries.flatMap((entry) => (entry === undefined ? [] : [entry.raw]));
    // The reply travels on the reply's channel, else (no channel, or one without address) on the request's.
    const replyFound = foundChannel(doc, reply) ?? requestChannel;
    const replyOperation = addOperation(collector, perspective, { id: `${operationId} reply`, direction: opposite(direction), ...(replyFound !== undefined && { channel: replyFound }), pointer: `${base}/reply`, raw: reply }, replyEntries);
    found.replies = replyOperation.messages;
    for (const request of requests) {
      if (request === undefined || request.direction !== 'send') continue;
      for (const raw of replies) if (!request.replies.includes(raw)) request.replies.push(raw);
    }
  }
}

/**
 * Where a 3.x message is written: its component (`/components/messages/x`), else its channel
 * (`/channels/c/messages/x`). Operations only point at those, so errors about a message point here.
 */
function messagePointers(doc: Raw): (raw: unknown) => string | undefined {
  const pointers = new Map<unknown, string>();
  const channels = isRecord(doc.channels) ? doc.channels : {};
  for (const [channelKey, channel] of Object.entries(channels)) {
    if (!isRecord(channel) || !isRecord(channel.messages)) continue;
    for (const [key, message] of Object.entries(channel.messages)) pointers.set(message, `/channels/${escapePointer(channelKey)}/messages/${escapePointer(key)}`);
  }
  const components = isRecord(doc.components) && isRecord(doc.components.messages) ? doc.components.messages : {};
  for (const [key, message] of Object.entries(components)) pointers.set(message, `/components/messages/${escapePointer(key)}`);
  return (raw) => pointers.get(raw);
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
