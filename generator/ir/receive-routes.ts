/**
 * How the plain client tells a received message apart (issue 12, item 6): by its channel first (the address the
 * transport reports), then by a discriminator (a property each candidate of that channel pins to its own
 * `const`), else by schema, trying the narrower schema first. Computed once from the IR, for the emitters (which
 * write it out as data) and for the load stage (which warns about messages that no schema can tell apart).
 */
import { channelProtocol } from './channel-protocol.js';
import { SchemaViews, fieldNames, pinnedValue, separates, type Literal, type SchemaView } from './schema-view.js';
import type { ChannelIr, GatewayIr, MessageIr } from './types.js';

export interface Discriminator {
  field: string;
  /** Each value and the candidates that pin it (more than one where messages share a value: schema decides). */
  values: Array<{ value: Literal; messages: MessageIr[] }>;
}

export interface ReceiveRoute {
  /** The keys of the channels it serves: channels that share an address share a route. */
  channels: string[];
  /** The address, for messages; undefined for the route of messages whose channel the transport does not report. */
  address?: string;
  /** The candidates, in the order their schemas are tried: a narrower schema before one that also accepts its payloads. */
  messages: MessageIr[];
  discriminator?: Discriminator;
}

export interface ReceivePlan {
  /** One route per received address. */
  routes: ReceiveRoute[];
  /**
   * For a message whose transport does not say which channel it came on (a WebSocket: one connection carries
   * every channel): the messages of the WebSocket channels and of operations without a channel, else every
   * received message.
   */
  unreported: ReceiveRoute;
  /** Whether `unreported` is how messages really arrive (WebSocket channels), so its ambiguities are worth a warning. */
  unreportedInUse: boolean;
}

/** Two (or more) messages of one route that neither a discriminator nor their schemas tell apart. */
export interface Ambiguity {
  /** The later message (in the order tried), which a payload of the earlier ones' shape never reaches. */
  message: MessageIr;
  /** The messages tried before it that accept the same payloads. */
  shadowedBy: MessageIr[];
  /** Where: the addresses (undefined = where the channel is not reported). */
  addresses: Array<string | undefined>;
  /** The discriminator value they share, where the route has a discriminator. */
  shared?: { field: string; value: Literal };
}

const isReceived = (m: MessageIr): boolean => m.direction === 'receive' || m.bothWays === true;

export function planReceives(ir: GatewayIr): ReceivePlan {
  const views = new SchemaViews(ir.schemas);
  const byKey = new Map(ir.messages.filter(isReceived).map((m) => [m.key, m]));
  const channels = new Map(ir.channels.map((c) => [c.key, c]));
  const byAddress = new Map<string, { channels: string[]; messages: MessageIr[] }>();
  const unreported: MessageIr[] = [];
  for (const operation of ir.operations) {
    if (operation.direction !== 'receive') continue;
    const messages = operation.messages.map((k) => byKey.get(k)).filter((m): m is MessageIr => m !== undefined);
    const channel = operation.channel === undefined ? undefined : channels.get(operation.channel);
    if (channel === undefined || onWebSocket(ir, channel)) unreported.push(...messages);
    if (channel === undefined) continue;
    const entry = byAddress.get(channel.address) ?? { channels: [], messages: [] };
    if (!entry.channels.includes(channel.key)) entry.channels.push(channel.key);
    entry.messages.push(...messages);
    byAddress.set(channel.address, entry);
  }
  const routes = [...byAddress].map(([address, entry]) => route(views, ir, entry.channels, unique(entry.messages), address));
  const inUse = unreported.length > 0;
  return { routes, unreported: route(views, ir, [], unique(inUse ? unreported : [...byKey.values()])), unreportedInUse: inUse };
}

/** The received messages of each route that are shadowed by others, once per message and set of others. */
export function ambiguities(ir: GatewayIr, plan: ReceivePlan = planReceives(ir)): Ambiguity[] {
  const views = new SchemaViews(ir.schemas);
  const found = new Map<string, Ambiguity>();
  const checked = plan.unreportedInUse ? [...plan.routes, plan.unreported] : plan.routes;
  for (const r of checked) {
    const groups: Array<{ messages: MessageIr[]; shared?: Ambiguity['shared'] }> = r.discriminator === undefined ? [{ messages: r.messages }] : r.discriminator.values.map((v) => ({ messages: v.messages, shared: { field: r.discriminator!.field, value: v.value } }));
    for (const { messages: group, shared } of groups) {
      group.forEach((message, i) => {
        const mine = views.of(message.payload);
        const shadowedBy = group.slice(0, i).filter((earlier) => !tellsApart(views, views.of(earlier.payload), mine));
        if (shadowedBy.length === 0) return;
        const key = [message.key, ...shadowedBy.map((m) => m.key)].join('\u0000');
        const known = found.get(key);
        if (known === undefined) found.set(key, { message, shadowedBy, addresses: [r.address], ...(shared !== undefined && { shared }) });
        else if (!known.addresses.includes(r.address)) known.addresses.push(r.address);
      });
    }
  }
  return [...found.values()];
}

/** Can a payload of either be told from one of the other? Where one is narrower, it is tried first (see `narrowestFirst`). */
function tellsApart(views: SchemaViews, a: SchemaView, b: SchemaView): boolean {
  return separates(views, a, b) || separates(views, b, a);
}

function onWebSocket(ir: GatewayIr, channel: ChannelIr): boolean {
  return /^wss?$/i.test(channelProtocol(ir, channel));
}

function unique(messages: MessageIr[]): MessageIr[] {
  return [...new Set(messages)];
}

function route(views: SchemaViews, ir: GatewayIr, channels: string[], messages: MessageIr[], address?: string): ReceiveRoute {
  const discriminator = messages.length > 1 ? findDiscriminator(views, ir, messages) : undefined;
  if (discriminator !== undefined) for (const v of discriminator.values) v.messages = narrowestFirst(views, v.messages);
  return {
    channels,
    ...(address !== undefined && { address }),
    messages: narrowestFirst(views, messages),
    ...(discriminator !== undefined && { discriminator }),
  };
}

/**
 * A property every candidate pins to a value, with at least two different values; the one with the most
 * distinct values wins, then the document's own discriminator, then the first by name.
 */
function findDiscriminator(views: SchemaViews, ir: GatewayIr, messages: MessageIr[]): Discriminator | undefined {
  const candidates = messages.map((m) => views.of(m.payload));
  const preferred = ir.envelope.kind === 'plain' ? ir.envelope.discriminator?.field : undefined;
  let best: { field: string; values: Literal[]; distinct: number } | undefined;
  for (const field of fieldNames(candidates[0]!).sort()) {
    const pins = candidates.map((view) => pinnedValue(views, view, field));
    if (pins.some((p) => p === undefined)) continue;
    const values = pins.map((p) => p!.value);
    const distinct = new Set(values).size;
    if (distinct < 2) continue;
    if (best === undefined || distinct > best.distinct || (distinct === best.distinct && field === preferred)) best = { field, values, distinct };
  }
  if (best === undefined) return undefined;
  const groups = new Map<Literal, MessageIr[]>();
  best.values.forEach((value, i) => groups.set(value, [...(groups.get(value) ?? []), messages[i]!]));
  return { field: best.field, values: [...groups].map(([value, group]) => ({ value, messages: group })) };
}

/**
 * The candidates in the order the client tries their schemas: where one accepts the smallest payloads of
 * another but not the reverse (`{ a }` and `{ a, b }` both required), the narrower goes first, so that its
 * payloads are not taken for the wider message. Otherwise the document's order.
 */
function narrowestFirst(views: SchemaViews, messages: MessageIr[]): MessageIr[] {
  if (messages.length < 2) return messages;
  const shapes = messages.map((m) => views.of(m.payload));
  // before[i]: how many others must be tried before i (they are narrower: i accepts their smallest payloads, not the reverse).
  const narrower = shapes.map((a, i) => shapes.map((b, j) => i !== j && !separates(views, a, b) && separates(views, b, a)));
  const before = narrower.map((row) => row.filter(Boolean).length);
  const done = messages.map(() => false);
  const order: MessageIr[] = [];
  for (let picked = 0; picked < messages.length; picked++) {
    // The first in document order with nothing left before it (a cycle, impossible for a strict order, takes the first left).
    let at = before.findIndex((n, i) => !done[i] && n === 0);
    if (at === -1) at = done.indexOf(false);
    done[at] = true;
    order.push(messages[at]!);
    narrower.forEach((row, i) => {
      if (row[at]) before[i]! -= 1;
    });
  }
  return order;
}
