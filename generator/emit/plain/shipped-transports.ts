/**
 * The broker transports a plain package ships (`templates/plain/<module>.ts`), one row each: which server
 * protocols it serves, its client library (an optional peer dependency of the package, imported only when a
 * server of that protocol is used) and its options. A server whose protocol no row lists (Kafka...) needs the
 * user's transport; a WebSocket one gets `WebSocketTransport`, which is no broker and not listed here.
 */
import type { GatewayIr, ServerIr } from '../../ir/types.js';

export interface ShippedTransport {
  /** The binding key it reads (`bindings.mqtt`) and the client option that carries its settings. */
  protocol: string;
  /** AsyncAPI `protocol` values it serves. */
  protocols: readonly string[];
  /** Template file (`templates/plain/<module>.ts`), copied as `src/<module>.ts`. */
  module: string;
  /** Template modules it imports besides `broker`, copied with it (not exported from the package). */
  helpers?: readonly string[];
  className: string;
  optionsType: string;
  /** npm package of the client library, and the range the transport is written against. */
  library: string;
  range: string;
  /** What the library is, for the README. */
  about: string;
  /** A local broker's URL, for the README's "connect elsewhere" line. */
  exampleUrl: string;
  /** The other settings worth naming in the README's connect example. */
  moreOptions: string;
}

export const SHIPPED_TRANSPORTS: readonly ShippedTransport[] = [
  {
    protocol: 'mqtt',
    protocols: ['mqtt', 'mqtts', 'secure-mqtt'],
    module: 'mqtt-transport',
    className: 'MqttTransport',
    optionsType: 'MqttOptions',
    library: 'mqtt',
    range: '^5.10.0',
    about: 'MQTT.js 5',
    exampleUrl: 'mqtt://localhost:1883',
    moreOptions: 'and tls: { ca, cert, key }, clientId, cleanSession...',
  },
  {
    protocol: 'nats',
    protocols: ['nats'],
    module: 'nats-transport',
    className: 'NatsTransport',
    optionsType: 'NatsOptions',
    // nats.js 3, the maintained line (the `nats` package is its 2.x predecessor); no install scripts.
    library: '@nats-io/transport-node',
    range: '^3.0.0',
    about: 'nats.js 3',
    exampleUrl: 'nats://localhost:4222',
    moreOptions: 'or token; and tls: { ca, cert, key }, name...',
  },
  {
    protocol: 'amqp',
    protocols: ['amqp', 'amqps'],
    module: 'amqp-transport',
    helpers: ['amqp-topology'],
    className: 'AmqpTransport',
    optionsType: 'AmqpOptions',
    // The maintained AMQP 0-9-1 client (publisher confirms, connection recovery), no dependencies, no install scripts.
    library: 'amqplib',
    range: '^2.2.0',
    about: 'amqplib 2',
    exampleUrl: 'amqp://localhost:5672',
    moreOptions: 'and vhost, tls: { ca, cert, key }, prefetch...',
  },
];

/** The templates every shipped transport imports. */
export const BROKER_MODULE = 'broker';

/** Every template module the shipped transports need: `broker`, each transport and its helpers. */
export function brokerTemplateModules(transports: readonly ShippedTransport[] = SHIPPED_TRANSPORTS): string[] {
  return [BROKER_MODULE, ...transports.flatMap((t) => [t.module, ...(t.helpers ?? [])])];
}

export function shippedTransportFor(server: ServerIr): ShippedTransport | undefined {
  const protocol = server.protocol.toLowerCase();
  return SHIPPED_TRANSPORTS.find((t) => t.protocols.includes(protocol));
}

/** The shipped transports the document's servers use, in table order. */
export function shippedTransports(ir: GatewayIr): ShippedTransport[] {
  const used = new Set(ir.servers.map(shippedTransportFor));
  return SHIPPED_TRANSPORTS.filter((t) => used.has(t));
}
