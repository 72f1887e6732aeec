/**
 * `WIRE` in `channels.ts`: what the shipped broker transports read from the document besides addresses. The
 * bindings of the protocols they speak, per server, channel, operation and message; per
 * received channel, the merged bindings of the operations that receive on it (MQTT: the QoS to subscribe with)
 * and the headers that travel as JSON text because their schema is not a string; the channel each sending
 * operation uses, where that channel has bindings (AMQP: the exchange or queue it publishes to).
 */
import { VariableDeclarationKind } from 'ts-morph';
import type { BindingValue, Bindings, ChannelIr, GatewayIr, JsonSchema } from '../../ir/types.js';
import { code, docs } from './plain-names.js';
import { shippedTransports } from './shipped-transports.js';
import type { StatementList } from '../statement-list.js';

/** The bindings of the protocols a shipped transport reads; undefined when none is left. */
function kept(bindings: Bindings | undefined, protocols: ReadonlySet<string>): Bindings | undefined {
  const entries = Object.entries(bindings ?? {}).filter(([protocol]) => protocols.has(protocol));
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** Several operations' bindings as one: later keys fill in, and a number (QoS) takes the highest. */
function merged(all: Array<Bindings | undefined>): Bindings | undefined {
  const out: Bindings = {};
  for (const bindings of all) {
    for (const [protocol, binding] of Object.entries(bindings ?? {})) {
      const into: Record<string, BindingValue> = (out[protocol] ??= {});
      for (const [key, value] of Object.entries(binding)) {
        const before = into[key];
        into[key] = typeof before === 'number' && typeof value === 'number' ? Math.max(before, value) : before ?? value;
      }
    }
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function resolve(ir: GatewayIr, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema?.$ref === undefined) return schema;
  return ir.schemas.find((s) => s.name === schema.$ref)?.schema;
}

/**
 * Header names that travel as JSON text on this channel: typed in every received message that declares them,
 * and never as a string (a header that is a string anywhere stays text, so a string is never parsed).
 */
function jsonHeaders(ir: GatewayIr, channel: ChannelIr): string[] {
  const keys = new Set(ir.operations.filter((o) => o.direction === 'receive' && o.channel === channel.key).flatMap((o) => o.messages));
  const verdicts = new Map<string, boolean>();
  for (const message of ir.messages.filter((m) => keys.has(m.key))) {
    for (const [name, property] of Object.entries(resolve(ir, message.headers)?.properties ?? {})) {
      const type = resolve(ir, property)?.type;
      const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
      const json = types.length > 0 && !types.includes('string');
      verdicts.set(name, (verdicts.get(name) ?? true) && json);
    }
  }
  return [...verdicts].filter(([, json]) => json).map(([name]) => name).sort();
}

export function emitPlainWire(file: StatementList, ir: GatewayIr): void {
  const protocols = new Set(shippedTransports(ir).map((t) => t.protocol));
  const byKey = <T extends { bindings?: Bindings }>(items: T[], key: (item: T) => string): Record<string, Bindings> =>
    Object.fromEntries(items.flatMap((item) => {
      const bindings = kept(item.bindings, protocols);
      return bindings === undefined ? [] : [[key(item), bindings]];
    }));
  const channels = Object.fromEntries(ir.channels.flatMap((channel) => {
    const bindings = kept(channel.bindings, protocols);
    const receive = merged(ir.operations.filter((o) => o.direction === 'receive' && o.channel === channel.key).map((o) => kept(o.bindings, protocols)));
    const json = jsonHeaders(ir, channel);
    const wire = {
      ...(bindings !== undefined && { bindings }),
      ...(receive !== undefined && { receive }),
      ...(json.length > 0 && { jsonHeaders: json }),
    };
    return Object.keys(wire).length === 0 ? [] : [[channel.key, wire]];
  }));
  // The channel of each sending operation, where that channel has bindings: AMQP publishes to its exchange or queue.
  const operationChannels = Object.fromEntries(ir.operations.flatMap((o) => (o.direction === 'send' && o.channel !== undefined && channels[o.channel]?.bindings !== undefined ? [[o.key, o.channel]] : [])));
  const wire = {
    servers: byKey(ir.servers, (s) => s.name),
    channels,
    operations: byKey(ir.operations, (o) => o.key),
    messages: byKey(ir.messages, (m) => m.key),
    ...(Object.keys(operationChannels).length > 0 && { operationChannels }),
  };
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './broker.js', namedImports: ['WireSpec'] });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(['What the broker transports read from the document besides addresses: its protocol bindings (QoS, retain, client id...) by server, channel, operation and message, and the headers that travel as JSON text.']),
    declarations: [{ name: 'WIRE', type: 'WireSpec', initializer: code(wire) }],
  });
}
