/**
 * What the document's `bindings.amqp` (AMQP channel binding 0.3.0, AsyncAPI bindings repository) mean for
 * the AMQP transport, as data: where a send is published, with which options; which exchanges and queues to
 * declare at each connection; and how each received channel is consumed. Pure functions of `WIRE`, worked
 * out once per operation or channel. Copied into a generated package with `amqp-transport.ts`.
 *
 * - `is: routingKey` (the default): the channel's address is the routing key, on the binding's `exchange`
 *   (none, or `type: default`: the default exchange, which routes to the queue of that name). A subscriber
 *   binds a queue to the exchange with the address in topic form (`*` for each `{parameter}`): an exclusive
 *   queue the broker names, which lives as long as the connection, unless the user names a durable one for
 *   the channel (the `queues` option: it keeps messages for the subscriber while it is away; binding 0.3.0
 *   has no queue on a routing-key channel).
 * - `is: queue`: the channel is the binding's `queue` (its `name`, else the address): sends go to it through
 *   the default exchange, a subscriber consumes it. An exclusive queue named by a lone `{parameter}` is the
 *   connection's private queue (the AsyncAPI RPC examples' reply queue).
 */
import { bindingOf } from './broker.js';
import type { BindingValue, WireSpec } from './broker.js';
import type { Subscription } from './address.js';

/** The parts of an amqplib channel the transport uses, typed here so the package compiles without it. */
export interface AmqpChannel {
  assertExchange(name: string, type: string, options: Record<string, unknown>): Promise<unknown>;
  assertQueue(name: string, options: Record<string, unknown>): Promise<{ queue: string }>;
  bindQueue(queue: string, exchange: string, pattern: string): Promise<unknown>;
  consume(queue: string, onMessage: (message: AmqpMessage | null) => void, options: Record<string, unknown>): Promise<unknown>;
  prefetch(count: number): Promise<unknown>;
  ack(message: AmqpMessage): void;
  publish(exchange: string, routingKey: string, content: Uint8Array, options: Record<string, unknown>, callback: (error: unknown) => void): boolean;
  on(event: 'return', listener: (message: AmqpMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface AmqpMessage {
  content: Uint8Array;
  fields: { routingKey: string; exchange: string };
  properties: { headers?: Record<string, unknown> | null; replyTo?: string | null; correlationId?: string | null; messageId?: string };
}

/** Where and how the sends of one operation and message are published. */
export interface PublishRoute {
  /** `''`: the default exchange. */
  readonly exchange: string;
  /** For a queue channel with a `queue.name`: the routing key (else the address is). */
  readonly queue?: string;
  /** amqplib publish options the bindings fix (`expiration`, `priority`, `deliveryMode`, `mandatory`...). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Stamp each message with the time it is sent. */
  readonly timestamp: boolean;
}

type Flags = Readonly<Record<string, boolean>>;

/** How a received channel is consumed. */
export type SubscriptionPlan =
  | { readonly kind: 'private'; readonly noAck: boolean }
  | { readonly kind: 'queue'; readonly queue: string; readonly declare?: Flags; readonly noAck: boolean }
  | { readonly kind: 'exchange'; readonly exchange: string; readonly pattern: string; readonly queue?: string; readonly declare: Flags; readonly noAck: boolean }
  | { readonly kind: 'unsupported'; readonly reason: string };

type Binding = Readonly<Record<string, BindingValue>>;

function record(value: BindingValue | undefined): Binding {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Binding) : {};
}

function text(value: BindingValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The flags of an exchange or queue the binding sets (the others keep the broker's defaults). */
function flags(binding: Binding, names: readonly string[]): Flags {
  return Object.fromEntries(names.filter((n) => typeof binding[n] === 'boolean').map((n) => [n, binding[n] as boolean]));
}

const QUEUE_FLAGS = ['durable', 'exclusive', 'autoDelete'];
const EXCHANGE_FLAGS = ['durable', 'autoDelete'];
/** A queue the broker names for one subscriber: gone with its connection. */
const TRANSIENT: Flags = { exclusive: true, autoDelete: true, durable: false };
/** A queue the user names for a subscriber: it outlives connections and broker restarts. */
const DURABLE: Flags = { exclusive: false, autoDelete: false, durable: true };

/** The channel's AMQP binding, `is` defaulting to `routingKey`. */
function channelBinding(wire: WireSpec, key: string | undefined): Binding {
  return key === undefined ? {} : bindingOf(wire.channels[key]?.bindings, 'amqp');
}

/** The exchange a routing-key channel is published to: `''` is the default exchange. */
function exchangeOf(binding: Binding): { name: string; type: string } {
  const exchange = record(binding.exchange);
  const type = text(exchange.type) ?? 'topic';
  return { name: type === 'default' ? '' : text(exchange.name) ?? '', type };
}

function addressHasParameters(address: string): boolean {
  return /\{[^{}]+\}/.test(address);
}

/** The vhost the channels' bindings name (a connection serves one), if any. */
export function connectionVhost(wire: WireSpec): string | undefined {
  for (const channel of Object.values(wire.channels)) {
    const binding = bindingOf(channel.bindings, 'amqp');
    const vhost = text(record(binding.exchange).vhost) ?? text(record(binding.queue).vhost);
    if (vhost !== undefined) return vhost;
  }
  return undefined;
}

/**
 * What to declare at each connection, in order: the document's named exchanges, then its named queues that
 * are not private to one consumer, so a message sent to a queue before its consumer ever connected waits there.
 */
export function declarations(wire: WireSpec): Array<(channel: AmqpChannel) => Promise<unknown>> {
  const exchanges = new Map<string, (channel: AmqpChannel) => Promise<unknown>>();
  const queues = new Map<string, (channel: AmqpChannel) => Promise<unknown>>();
  for (const key of Object.keys(wire.channels)) {
    const binding = channelBinding(wire, key);
    if (Object.keys(binding).length === 0) continue;
    const queue = record(binding.queue);
    const name = text(queue.name);
    if (binding.is === 'queue') {
      if (name !== undefined && queue.exclusive !== true) queues.set(name, (c) => c.assertQueue(name, flags(queue, QUEUE_FLAGS)));
      continue;
    }
    const exchange = exchangeOf(binding);
    // `amq.*` exchanges are the broker's own: they exist, and may not be declared.
    if (exchange.name !== '' && !exchange.name.startsWith('amq.')) {
      exchanges.set(exchange.name, (c) => c.assertExchange(exchange.name, exchange.type, flags(record(binding.exchange), EXCHANGE_FLAGS)));
    }
  }
  return [...exchanges.values(), ...queues.values()];
}

/** An operation's publish route: its channel's exchange or queue, and the options its bindings and its message's fix. */
export function publishRoute(wire: WireSpec, operation: string | undefined, message: string | undefined): PublishRoute {
  const channel = channelBinding(wire, operation === undefined ? undefined : wire.operationChannels?.[operation]);
  const op = operation === undefined ? {} : bindingOf(wire.operations[operation], 'amqp');
  const msg = message === undefined ? {} : bindingOf(wire.messages[message], 'amqp');
  const options: Record<string, unknown> = {};
  if (typeof op.expiration === 'number' || typeof op.expiration === 'string') options.expiration = String(op.expiration);
  if (text(op.userId) !== undefined) options.userId = op.userId;
  if (Array.isArray(op.cc)) options.CC = op.cc.filter((k) => typeof k === 'string');
  if (Array.isArray(op.bcc)) options.BCC = op.bcc.filter((k) => typeof k === 'string');
  if (typeof op.priority === 'number') options.priority = op.priority;
  if (op.deliveryMode === 1 || op.deliveryMode === 2) options.deliveryMode = op.deliveryMode;
  if (op.mandatory === true) options.mandatory = true;
  if (text(op.replyTo) !== undefined) options.replyTo = op.replyTo;
  if (text(msg.contentEncoding) !== undefined) options.contentEncoding = msg.contentEncoding;
  if (text(msg.messageType) !== undefined) options.type = msg.messageType;
  const timestamp = op.timestamp === true;
  if (channel.is === 'queue') {
    const name = text(record(channel.queue).name);
    return { exchange: '', ...(name !== undefined && { queue: name }), options, timestamp };
  }
  return { exchange: exchangeOf(channel).name, options, timestamp };
}

/**
 * How to receive a subscribed channel; `unsupported` says why it cannot be (and the transport reports it).
 * `durableQueue`: the queue the user names for a routing-key channel (declared durable, bound to the exchange).
 */
export function subscriptionPlan(wire: WireSpec, subscription: Subscription, durableQueue?: string): SubscriptionPlan {
  const binding = channelBinding(wire, subscription.channel);
  const noAck = bindingOf(wire.channels[subscription.channel]?.receive, 'amqp').ack === false;
  const queue = record(binding.queue);
  const parameters = addressHasParameters(subscription.address);
  const where = `channel '${subscription.address}'`;
  const exchange = exchangeOf(binding);
  if (binding.is === 'queue' || exchange.name === '') {
    const name = text(queue.name) ?? (parameters ? undefined : subscription.address);
    if (name !== undefined) return { kind: 'queue', queue: name, declare: flags(queue, QUEUE_FLAGS), noAck };
    if (queue.exclusive === true && /^\{[^{}]+\}$/.test(subscription.address)) return { kind: 'private', noAck };
    return { kind: 'unsupported', reason: `${where}: a queue whose name has parameters cannot be consumed (give the binding's queue a name)` };
  }
  if (parameters && exchange.type === 'direct') {
    return { kind: 'unsupported', reason: `${where}: a direct exchange matches routing keys exactly, so a channel with parameters needs a topic exchange` };
  }
  return {
    kind: 'exchange',
    exchange: exchange.name,
    pattern: exchange.type === 'fanout' ? '' : subscription.pattern,
    ...(durableQueue !== undefined && { queue: durableQueue }),
    declare: durableQueue !== undefined ? DURABLE : TRANSIENT,
    noAck,
  };
}
