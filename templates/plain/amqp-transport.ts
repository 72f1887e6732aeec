/**
 * A `Transport` over AMQP 0-9-1 (RabbitMQ...), on amqplib 2 (`amqplib`: an optional peer dependency of this
 * package, imported on the first connect). Copied into a generated package when one of its servers speaks AMQP.
 *
 * What it takes from the document's `bindings.amqp` (see `amqp-topology.ts`): a channel `is: routingKey` is
 * published to its exchange with the channel's address as routing key, and received through a queue bound to
 * that exchange with the address in topic form (`*` for each `{parameter}`); a channel `is: queue` is sent to
 * and consumed from that queue. What the document declares (exchanges, queues, their flags) is declared at
 * each connection. The operations' bindings give the publish options (expiration, priority, deliveryMode,
 * mandatory...) and whether a consumer acknowledges (`ack: false`: the broker forgets a message once sent).
 * Headers travel in the AMQP headers table, typed as they are (text for values that are not scalars).
 *
 * Request/reply: a request carries `correlationId` and, as `replyTo`, the queue its replies come to: the
 * queue this transport consumes the reply channel from. When the reply channel has no fixed address, the
 * replies come to this connection's private queue: an exclusive queue the transport names itself (what the
 * AsyncAPI RPC examples describe as an exclusive `{queue}` channel). Not RabbitMQ's direct reply-to
 * (`amq.rabbitmq.reply-to`): that works on RabbitMQ only, and only on the channel that published the request,
 * while a private queue works on any AMQP 0-9-1 broker and is consumed like every other queue.
 *
 * Delivery: publisher confirms. A send resolves once the broker confirmed it (for a persistent message to a
 * durable queue: once it is written), and rejects when the broker nacks it, returns it (`mandatory` and no
 * queue bound: `rejected`), or the connection drops before the confirm (`not-connected`: it may or may not
 * have arrived; the caller decides whether to send it again). amqplib's recovery reconnects with backoff
 * (`reconnectDelayMs` doubling up to `maxReconnectDelayMs`); each new connection declares, binds and consumes
 * again. Sends made while the connection is down wait for it, at most `maxQueuedSends` of them: one more
 * rejects at once (`not-connected`). `close()` waits for the confirms in flight and rejects what is left (`closed`).
 */
import { ClientError } from './transport.js';
import type { MessageContext, MessageHandler, Transport } from './transport.js';
import type { Subscription } from './address.js';
import { Dialer, EMPTY_WIRE, Handlers, PendingSends, bindingOf, headerValue, inspectAsString, loadLibrary, putHeader, reason, redactUrl, toBytes } from './broker.js';
import type { Settle, TlsOptions, WireSpec } from './broker.js';
import { connectionVhost, declarations, publishRoute, subscriptionPlan } from './amqp-topology.js';
import type { AmqpChannel, AmqpMessage, PublishRoute } from './amqp-topology.js';

/** What the user may set; the generated client passes it on as `amqp` in its options. */
export interface AmqpOptions {
  /** Default: the URL's, else `guest` (RabbitMQ's default user, which only connects from localhost). */
  username?: string;
  password?: string;
  /** The virtual host. Default: the URL's path, else the one the channels' bindings name, else `/`. */
  vhost?: string;
  /** For `amqps://` URLs: Node's `tls.connect` options (`ca`, `cert`, `key`...), passed as they are. */
  tls?: TlsOptions;
  /** Seconds between heartbeats (default: what the broker proposes; RabbitMQ: 60). */
  heartbeatSeconds?: number;
  /**
   * By channel key, the durable queue a routing-key channel is received through: it keeps the messages sent
   * while this subscriber is away (and subscribers that share it share the messages). Default: an exclusive
   * queue the broker names, gone with the connection. (AMQP binding 0.3.0 has no queue on a routing-key channel.)
   */
  queues?: Readonly<Record<string, string>>;
  /** Messages a consumer may hold unacknowledged (default 100). */
  prefetch?: number;
  /** Sends that may wait while the connection is down (default 1000); one more rejects with `not-connected`. */
  maxQueuedSends?: number;
  /** How long the first connection may take (default 30000 ms). */
  connectTimeoutMs?: number;
  /** First delay before reconnecting once the connection was up (default 100 ms); it doubles at each failed attempt. */
  reconnectDelayMs?: number;
  /** The longest delay between reconnection attempts (default 5000 ms). */
  maxReconnectDelayMs?: number;
  /** How long `close()` waits for the confirms in flight (default 5000 ms). */
  closeTimeoutMs?: number;
  /** The `amqplib` module itself, for bundlers that cannot follow a dynamic import (default: `import('amqplib')`). */
  library?: unknown;
}

export interface AmqpTransportOptions extends AmqpOptions {
  /** `amqp://host:5672/vhost` or `amqps://host:5671/vhost`; credentials may be in it or in the options. */
  url: string;
  /** The document's bindings (the generated client passes `WIRE`). */
  wire?: WireSpec;
  server?: string;
}

/** The parts of amqplib this transport uses, typed here so the package compiles without it. */
interface AmqpModel {
  createChannel(): Promise<AmqpChannel>;
  createConfirmChannel(): Promise<AmqpChannel>;
}

interface RecoveringModel {
  close(): Promise<void>;
  on(event: string, listener: (...args: never[]) => void): unknown;
}

interface AmqpLibrary {
  connect(url: Record<string, unknown>, socketOptions: Record<string, unknown>): Promise<RecoveringModel>;
}

/** One connection's channels: one to declare and consume, one (confirm mode) to publish, reopened if the broker closes it. */
interface Live {
  readonly model: AmqpModel;
  readonly consumer: AmqpChannel;
  publisher: AmqpChannel | undefined;
  opening: Promise<AmqpChannel> | undefined;
  /** Per subscription, the queue it is consumed from on this connection (a server-named one changes at each). */
  readonly queues: Map<Subscription, string>;
  readonly consumed: Set<string>;
}

/** Broker refusals (AMQP reply codes in amqplib's messages) that mean the credentials or vhost were refused. */
const REFUSED = /ACCESS[-_]REFUSED|\b403\b|NOT[-_]ALLOWED|\b530\b/;

export class AmqpTransport implements Transport {
  readonly #options: AmqpTransportOptions;
  readonly #wire: WireSpec;
  readonly #connection = new Dialer<RecoveringModel>(() => this.#dial());
  #live: Live | undefined;
  /** Sends waiting for the connection to come back. */
  #waiting: Array<{ resolve(live: Live): void; reject(error: Error): void }> = [];
  readonly #handlers = new Handlers<string | Uint8Array, MessageContext>();
  readonly #errorHandlers = new Handlers<Error>();
  readonly #subscriptions: Subscription[] = [];
  readonly #pending: PendingSends;
  /** Per operation, then message: where and how the document says to publish (worked out once: sends are hot). */
  readonly #routes = new Map<string | undefined, Map<string | undefined, PublishRoute>>();
  /** Mandatory sends by message id: a `basic.return` (no queue bound) rejects the send before its confirm. */
  readonly #returnable = new Map<string, Settle>();
  /** Why the broker closed a publishing channel, for the sends whose confirm that close failed. */
  readonly #closedBecause = new WeakMap<AmqpChannel, Error>();
  /** This connection's private queue (replies, the RPC examples' exclusive `{queue}`): named here, no dot, so it is one address segment. */
  readonly #privateQueue = `gen-gateway-${Math.random().toString(36).slice(2, 12)}`;
  #usesPrivateQueue = false;
  #sequence = 0;
  /** Set once a refusal was reported, so a reconnect loop against refused credentials reports it once. */
  #reported = false;

  constructor(options: AmqpTransportOptions) {
    this.#options = options;
    this.#wire = options.wire ?? EMPTY_WIRE;
    this.#pending = new PendingSends(options.maxQueuedSends ?? 1000);
  }

  /** Connects, declares what the document declares and consumes every channel asked for so far. */
  async connect(): Promise<void> {
    await this.#connection.connect();
  }

  send(data: string | Uint8Array, context: MessageContext): Promise<void> {
    let route: PublishRoute;
    try {
      route = this.#route(context);
    } catch (error) {
      return Promise.reject(error);
    }
    const live = this.#live;
    const refusal = live !== undefined ? undefined : this.#pending.refusal(this.#where());
    if (refusal !== undefined) return Promise.reject(refusal);
    const routingKey = route.queue ?? context.channel;
    if (routingKey === undefined || routingKey === '') return Promise.reject(new ClientError('invalid-parameters', 'an AMQP send needs a routing key or queue: the operation has no channel address'));
    const options = this.#publishOptions(route, context, live);
    // Connected: publish at once. Else the send waits for the connection, counted toward the bound.
    if (live?.publisher !== undefined) return this.#publish(live.publisher, route.exchange, routingKey, data, options);
    return this.#pending.hold(this.#publisher()).then((publisher) => this.#publish(publisher, route.exchange, routingKey, data, this.#publishOptions(route, context, this.#live)));
  }

  onMessage(handler: MessageHandler): () => void {
    return this.#handlers.add(handler);
  }

  onError(handler: (error: Error) => void): () => void {
    return this.#errorHandlers.add(handler);
  }

  /** Consumes now when connected, else at connect; a refusal reaches `onError` (or rejects `connect()`). */
  subscribe(subscription: Subscription): void {
    this.#subscriptions.push(subscription);
    if (this.#plan(subscription).kind === 'private') this.#usesPrivateQueue = true;
    const live = this.#live;
    if (live !== undefined) this.#consume(live, subscription).catch((error: unknown) => this.#report(this.#brokerError(error, `cannot consume ${subscription.address}`)));
  }

  /** Waits (up to `closeTimeoutMs`) for the confirms in flight, closes the connection, and rejects what is left. */
  async close(): Promise<void> {
    const connection = await this.#connection.close();
    const closed = new ClientError('closed', 'the transport was closed before the broker confirmed the send');
    for (const waiter of this.#waiting.splice(0)) waiter.reject(closed);
    if (connection !== undefined) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, this.#options.closeTimeoutMs ?? 5000, 'late')));
      if (this.#live !== undefined) await Promise.race([this.#pending.drained(), late]);
      this.#pending.rejectAll(closed);
      this.#live = undefined;
      await Promise.race([connection.close().catch(() => undefined), late]);
      clearTimeout(timer);
    }
    this.#pending.rejectAll(closed);
  }

  /** The URL (never its credentials) and state: also what `util.inspect` shows. */
  toString(): string {
    return `AmqpTransport { url: '${this.#where()}', state: '${this.#connection.kind}' }`;
  }

  #where(): string {
    return redactUrl(this.#options.url);
  }

  async #dial(): Promise<RecoveringModel> {
    const library = await loadLibrary<AmqpLibrary>('amqplib', this.#options.library, (m) => (typeof m.connect === 'function' ? (m as unknown as AmqpLibrary) : undefined));
    const o = this.#options;
    let connection: RecoveringModel;
    try {
      // amqplib's own recovery reconnects with backoff and runs `setup` on each new connection, before it
      // counts as up: declaring, binding and consuming again is part of reconnecting. The first connection
      // is not retried (`initialMaxRetries: 0`): a broker that cannot be reached or refuses rejects `connect()`.
      connection = await library.connect(this.#connectOptions(), {
        ...o.tls,
        timeout: o.connectTimeoutMs ?? 30_000,
        recovery: {
          initialDelay: o.reconnectDelayMs ?? 100,
          maxDelay: Math.max(o.reconnectDelayMs ?? 100, o.maxReconnectDelayMs ?? 5000),
          initialMaxRetries: 0,
          setup: (model: AmqpModel) => this.#setup(model),
        },
      });
    } catch (error) {
      throw this.#brokerError(error, `cannot connect to ${this.#where()}`);
    }
    connection.on('connect', () => {
      this.#reported = false;
      const live = this.#live;
      if (live !== undefined) for (const waiter of this.#waiting.splice(0)) waiter.resolve(live);
    });
    connection.on('disconnect', () => {
      this.#live = undefined;
    });
    connection.on('connect-failed', (error: Error) => {
      // A broker that is down is retried without a word; one that refuses (credentials, a declaration) is
      // reported, once per run of failures.
      const failure = this.#brokerError(error, `cannot reconnect to ${this.#where()}`);
      if (failure.code === 'not-connected' || this.#reported) return;
      this.#reported = true;
      // Not from inside amqplib's recovery loop: a handler that throws (no `onError` listener) must not stop it.
      queueMicrotask(() => this.#report(failure));
    });
    // The connection's errors end in `disconnect`; without a listener an EventEmitter would throw them.
    connection.on('error', () => undefined);
    if (this.#connection.kind === 'closed') {
      await connection.close().catch(() => undefined);
      throw new ClientError('closed', 'the transport was closed while it connected');
    }
    return connection;
  }

  /** The URL's parts with the credentials and vhost the options give; never a URL with a password in it. */
  #connectOptions(): Record<string, unknown> {
    const o = this.#options;
    let url: URL;
    try {
      url = new URL(o.url);
    } catch {
      throw new ClientError('invalid-parameters', `'${this.#where()}' is not an AMQP URL (amqp://host:5672/vhost)`);
    }
    const protocol = url.protocol.replace(/:$/, '').toLowerCase();
    if (protocol !== 'amqp' && protocol !== 'amqps') throw new ClientError('invalid-parameters', `'${this.#where()}' is not an amqp:// or amqps:// URL`);
    const username = o.username ?? (url.username === '' ? undefined : decodeURIComponent(url.username));
    const password = o.password ?? (url.password === '' ? undefined : decodeURIComponent(url.password));
    const path = url.pathname.replace(/^\//, '');
    return {
      protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      ...(url.port !== '' && { port: Number(url.port) }),
      // amqplib's own default (guest/guest) applies only when neither is given.
      ...((username !== undefined || password !== undefined) && { username: username ?? '', password: password ?? '' }),
      vhost: o.vhost ?? (path !== '' ? decodeURIComponent(path) : connectionVhost(this.#wire) ?? '/'),
      ...(o.heartbeatSeconds !== undefined && { heartbeat: o.heartbeatSeconds }),
    };
  }

  /** Each new connection: its channels, the document's exchanges and queues, and every consumer. */
  async #setup(model: AmqpModel): Promise<void> {
    const consumer = await model.createChannel();
    consumer.on('error', () => undefined);
    await consumer.prefetch(this.#options.prefetch ?? 100);
    for (const declare of declarations(this.#wire)) await declare(consumer);
    const live: Live = { model, consumer, publisher: undefined, opening: undefined, queues: new Map(), consumed: new Set() };
    for (const subscription of this.#subscriptions) await this.#consume(live, subscription);
    live.publisher = await this.#openPublisher(live);
    this.#live = live;
  }

  async #openPublisher(live: Live): Promise<AmqpChannel> {
    const publisher = await live.model.createConfirmChannel();
    // Why the broker closed the channel (publishing to a missing exchange...), for the sends it fails.
    publisher.on('error', (error: Error) => this.#closedBecause.set(publisher, error));
    publisher.on('return', (message: AmqpMessage) => {
      const id = message.properties.messageId;
      const settle = id === undefined ? undefined : this.#returnable.get(id);
      settle?.(new ClientError('rejected', `no queue is bound for '${message.fields.routingKey}'${message.fields.exchange === '' ? '' : ` on exchange '${message.fields.exchange}'`}: the broker returned the message (mandatory)`));
    });
    publisher.on('close', () => {
      if (live.publisher === publisher) live.publisher = undefined;
    });
    return publisher;
  }

  /** The publishing channel once connected: after a reconnection, or reopened after the broker closed it. */
  async #publisher(): Promise<AmqpChannel> {
    await this.#connection.connect();
    const live = this.#live ?? (await new Promise<Live>((resolve, reject) => this.#waiting.push({ resolve, reject })));
    if (live.publisher !== undefined) return live.publisher;
    live.opening ??= this.#openPublisher(live).then((publisher) => {
      live.publisher = publisher;
      live.opening = undefined;
      return publisher;
    }, (error: unknown) => {
      live.opening = undefined;
      throw new ClientError('not-connected', `cannot open a channel to ${this.#where()}: ${reason(error)}`, { cause: error });
    });
    return live.opening;
  }

  #publish(channel: AmqpChannel, exchange: string, routingKey: string, data: string | Uint8Array, options: Record<string, unknown>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const id = options.mandatory === true ? (options.messageId as string) : undefined;
      const settle: Settle = (error) => {
        this.#pending.delete(settle);
        if (id !== undefined) this.#returnable.delete(id);
        if (error === undefined) resolve();
        else reject(error);
      };
      this.#pending.add(settle);
      if (id !== undefined) this.#returnable.set(id, settle);
      try {
        // `false` (the socket's buffer is full) still queues the message; its confirm settles the send.
        channel.publish(exchange, routingKey, toBytes(data) as never, options, (error) => settle(error === null || error === undefined ? undefined : this.#confirmError(channel, error, routingKey)));
      } catch (error) {
        settle(/closed/i.test(reason(error))
          ? new ClientError('not-connected', `the connection to ${this.#where()} dropped before the send to '${routingKey}': ${reason(error)}`, { cause: error })
          : new ClientError('rejected', `cannot send to '${routingKey}': ${reason(error)}`, { cause: error }));
      }
    });
  }

  #confirmError(channel: AmqpChannel, error: unknown, routingKey: string): ClientError {
    const because = this.#closedBecause.get(channel);
    if (because !== undefined) return new ClientError('rejected', `${this.#where()} refused the send to '${routingKey}': ${reason(because)}`, { cause: because });
    if (/nack/i.test(reason(error))) return new ClientError('rejected', `${this.#where()} refused the send to '${routingKey}' (nack)`, { cause: error });
    // The connection dropped before the confirm: the broker may or may not have it.
    return new ClientError('not-connected', `the connection to ${this.#where()} dropped before the broker confirmed the send to '${routingKey}' (it may not have arrived)`, { cause: error });
  }

  /** Where the document says this operation's messages go, and the publish options it fixes. */
  #route(context: MessageContext): PublishRoute {
    let byMessage = this.#routes.get(context.operation);
    if (byMessage === undefined) this.#routes.set(context.operation, (byMessage = new Map()));
    let route = byMessage.get(context.message);
    if (route === undefined) byMessage.set(context.message, (route = publishRoute(this.#wire, context.operation, context.message)));
    return route;
  }

  /** The route's fixed options with this send's headers, reply queue and correlation. */
  #publishOptions(route: PublishRoute, context: MessageContext, live: Live | undefined): Record<string, unknown> {
    // Object.assign, not a spread: measurably cheaper per send on Node 20.
    const options: Record<string, unknown> = Object.assign({}, route.options);
    if (route.timestamp) options.timestamp = Math.floor(Date.now() / 1000);
    if (options.mandatory === true) options.messageId ??= `${this.#privateQueue}-${++this.#sequence}`;
    const headers = context.headers;
    if (headers !== undefined) {
      let table: Record<string, unknown> | undefined;
      for (const name in headers) {
        const value = headers[name];
        if (value === undefined) continue;
        // The headers table carries strings, numbers and booleans typed; anything else travels as JSON text.
        (table ??= {})[name] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value);
      }
      if (table !== undefined) options.headers = table;
    }
    const replyTo = context.replyTo !== undefined ? this.#replyQueue(context.replyTo, live) : context.correlationId !== undefined && this.#usesPrivateQueue ? this.#privateQueue : undefined;
    if (replyTo !== undefined) options.replyTo = replyTo;
    if (context.correlationId !== undefined) options.correlationId = context.correlationId;
    return options;
  }

  /** The queue the replies to an address come to: the one this transport consumes that channel from (a responder answers with `sendToQueue(replyTo)`). */
  #replyQueue(address: string, live: Live | undefined): string {
    const subscription = this.#subscriptions.find((s) => s.regex.test(address));
    return (subscription === undefined ? undefined : live?.queues.get(subscription)) ?? address;
  }

  #plan(subscription: Subscription): ReturnType<typeof subscriptionPlan> {
    return subscriptionPlan(this.#wire, subscription, this.#options.queues?.[subscription.channel]);
  }

  /** Declares (or finds) the subscription's queue, binds it, and consumes it, once per queue and connection. */
  async #consume(live: Live, subscription: Subscription): Promise<void> {
    const plan = this.#plan(subscription);
    let queue: string;
    switch (plan.kind) {
      case 'unsupported':
        throw new ClientError('unsupported', plan.reason);
      case 'private':
        queue = (await live.consumer.assertQueue(this.#privateQueue, { exclusive: true, autoDelete: true, durable: false })).queue;
        break;
      case 'queue':
        queue = plan.declare === undefined ? plan.queue : (await live.consumer.assertQueue(plan.queue, plan.declare)).queue;
        break;
      case 'exchange': {
        queue = (await live.consumer.assertQueue(plan.queue ?? '', plan.declare)).queue;
        await live.consumer.bindQueue(queue, plan.exchange, plan.pattern);
        break;
      }
    }
    live.queues.set(subscription, queue);
    if (live.consumed.has(queue)) return;
    live.consumed.add(queue);
    // After the switch, the plan is one that consumes (`unsupported` threw).
    const noAck = plan.noAck;
    await live.consumer.consume(queue, (message) => this.#receive(live, message, queue, noAck), { noAck });
  }

  #receive(live: Live, message: AmqpMessage | null, queue: string, noAck: boolean): void {
    if (message === null) {
      this.#report(new ClientError('rejected', `${this.#where()} cancelled the consumer of queue '${queue}' (the queue was deleted?)`));
      return;
    }
    // The address it came on: its routing key when that is an address of a subscribed channel, else the
    // queue's channel (a reply sent straight to the queue), else the queue's name (this connection's private queue).
    const key = message.fields.routingKey;
    let byKey: Subscription | undefined;
    let byQueue: Subscription | undefined;
    for (const s of this.#subscriptions) {
      if (live.queues.get(s) !== queue) continue;
      byQueue ??= s;
      if (s.regex.test(key)) {
        byKey = s;
        break;
      }
    }
    const subscription = byKey ?? byQueue;
    const address = byKey !== undefined ? key : subscription !== undefined && !subscription.address.includes('{') ? subscription.address : queue;
    const wire = subscription === undefined ? undefined : this.#wire.channels[subscription.channel];
    const context: MessageContext = { channel: address };
    const table = message.properties.headers;
    if (table !== undefined && table !== null) {
      let headers: Record<string, unknown> | undefined;
      for (const name in table) {
        const value = table[name];
        putHeader((headers ??= {}), name, typeof value === 'string' ? headerValue(name, value, wire) : value instanceof Uint8Array ? headerValue(name, new TextDecoder().decode(value), wire) : value);
      }
      if (headers !== undefined) context.headers = headers;
    }
    const { replyTo, correlationId } = message.properties;
    if (typeof replyTo === 'string' && replyTo !== '') context.replyTo = replyTo;
    if (correlationId !== undefined && correlationId !== null) context.correlationId = String(correlationId);
    try {
      this.#handlers.call(message.content, context);
    } finally {
      // At most once past this point: the client has taken it (or reported why it could not). A message that
      // cannot be delivered is not handed back to the queue, where it would come again for ever.
      if (!noAck) {
        try {
          live.consumer.ack(message);
        } catch {
          /* the channel closed: the broker delivers it again on the next connection */
        }
      }
    }
  }

  /** A broker's error as a `ClientError`: refused credentials or vhost, a declaration it refused, or no connection. */
  #brokerError(error: unknown, doing: string): ClientError {
    if (error instanceof ClientError) return error;
    const text = reason(error);
    if (REFUSED.test(text)) return new ClientError('unauthorized', `${this.#where()} refused the credentials or the vhost (${text}): check the username, password and vhost`, { cause: error });
    if (/PRECONDITION|NOT[-_]FOUND|RESOURCE[-_]LOCKED|\b40[456]\b/.test(text)) return new ClientError('rejected', `${doing}: ${text}`, { cause: error });
    return new ClientError('not-connected', `${doing}: ${text}`, { cause: error });
  }

  #report(error: Error): void {
    this.#errorHandlers.call(error);
  }
}

inspectAsString(AmqpTransport);
