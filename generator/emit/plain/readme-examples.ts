/**
 * The TypeScript blocks of a plain package's README, written for its document: each a module that compiles
 * under `tsc --strict` (with `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`) against the package,
 * with payloads, channel parameters and headers the client's own checks accept (`example-value.ts`).
 * `test/docs/readme-blocks.test.ts` compiles them for generated packages.
 */
import type { ChannelIr, GatewayIr, MessageIr } from '../../ir/types.js';
import type { PackageInfo } from '../emit-package.js';
import { propertyKey, stringLiteral } from '../escape.js';
import { ExampleValues } from './example-value.js';
import { code, receivedMessages } from './plain-names.js';
import { sendUses, type SendUse } from './emit-plain-send.js';
import { defaultWebSocketUrl, webSocketPath } from './emit-plain-client.js';
import { dedicatedServers } from './emit-plain-servers.js';
import { defaultServer } from './emit-plain-channels.js';
import { shippedTransportFor } from './shipped-transports.js';

/** `{ streetlightId: 'example' }`, or undefined when some parameter has no example. */
function parametersExample(examples: ExampleValues, channel: ChannelIr): string | undefined {
  const values: Record<string, unknown> = {};
  for (const parameter of channel.parameters) {
    const example = examples.of(parameter.schema);
    if (example === undefined) return undefined;
    values[parameter.name] = typeof example.value === 'number' ? example.value : String(example.value);
  }
  return code(values);
}

/** `client.sendX(payload, { parameters, headers })`, or undefined when the payload has no example. */
function sendExample(ir: GatewayIr, examples: ExampleValues, use: SendUse): string | undefined {
  const payload = examples.of(use.message.payload);
  if (payload === undefined) return undefined;
  const options: string[] = [];
  if (use.channel !== undefined && use.channel.parameters.length > 0) {
    const parameters = parametersExample(examples, use.channel);
    if (parameters === undefined) return undefined;
    options.push(`parameters: ${parameters}`);
  }
  const headers = use.message.headers?.$ref !== undefined ? ir.schemas.find((s) => s.name === use.message.headers!.$ref) : undefined;
  if (headers !== undefined && (headers.schema.required?.length ?? 0) > 0) {
    const example = examples.of(headers.schema);
    if (example === undefined) return undefined;
    options.push(`headers: ${code(example.value)}`);
  }
  return `await client.send${use.name}(${code(payload.value)}${options.length > 0 ? `, { ${options.join(', ')} }` : ''});`;
}

/**
 * How the example makes its client: the default WebSocket, the shipped broker transport of the default server
 * (MQTT, NATS), or a transport the reader supplies.
 */
function clientLines(ir: GatewayIr, examples: ExampleValues): { imports: string[]; lines: string[] } {
  const url = defaultWebSocketUrl(ir);
  const wsPath = url !== undefined ? webSocketPath(ir) : undefined;
  // Only servers the package has no transport for (neither WebSocket nor a shipped broker) need the reader's.
  const brokers = dedicatedServers(ir).filter((s) => !/^wss?$/i.test(s.protocol) && shippedTransportFor(s) === undefined);
  const transportFields = brokers.length > 0 ? `transports: { ${brokers.map((s) => `${propertyKey(s.name)}: transport`).join(', ')} }` : undefined;
  if (url !== undefined) {
    const options: string[] = [];
    if (wsPath !== undefined && wsPath.parameters.length > 0) {
      const parameters = parametersExample(examples, wsPath);
      options.push(parameters === undefined ? `url: ${stringLiteral(url)}` : `parameters: ${parameters}`);
    } else options.push(`url: ${stringLiteral(url)}`);
    if (transportFields !== undefined) options.push(transportFields);
    return {
      imports: transportFields === undefined ? [] : ['type Transport'],
      lines: [
        ...(transportFields === undefined ? [] : brokerTransport('Some channels live on a broker: its client library behind `Transport` (see "Transport" below); this one only prints.')),
        `const client = new Client({ ${options.join(', ')} });`,
      ],
    };
  }
  const server = defaultServer(ir);
  const shipped = server === undefined ? undefined : shippedTransportFor(server);
  if (server !== undefined && shipped !== undefined) {
    const options = [`url: ${stringLiteral(server.url)}`, `${shipped.protocol}: { username: 'me', password: 'secret' }`, ...(transportFields === undefined ? [] : [transportFields])];
    return {
      imports: transportFields === undefined ? [] : ['type Transport'],
      lines: [
        ...(transportFields === undefined ? [] : brokerTransport('Some channels live on a server this package has no transport for: its client library behind `Transport` (see "Transport" below); this one only prints.')),
        `const client = new Client({ ${options.join(', ')} }); // see "Transport" below`,
        'await client.connect();',
      ],
    };
  }
  return {
    imports: ['type Transport'],
    lines: [
      ...brokerTransport('Your broker\'s client library behind the `Transport` interface (see "Transport" below); this one only prints.'),
      `const client = new Client({ transport${transportFields === undefined ? '' : `, ${transportFields}`} });`,
    ],
  };
}

function brokerTransport(comment: string): string[] {
  return [
    `// ${comment}`,
    'const transport: Transport = {',
    '  send: async (data, context) => console.log(`publish to ${context.channel}: ${String(data)}`),',
    '  onMessage: () => () => undefined,',
    '  close: async () => undefined,',
    '};',
  ];
}

/** The "Use" block: a client, a handler for the first received message, errors, and the first send. */
export function usageExample(ir: GatewayIr, info: PackageInfo): string {
  const examples = new ExampleValues(ir.schemas);
  const received: MessageIr | undefined = receivedMessages(ir)[0];
  const send = sendUses(ir).map((u) => sendExample(ir, examples, u)).find((s) => s !== undefined);
  const { imports, lines } = clientLines(ir, examples);
  const body = [...lines];
  if (received !== undefined) {
    body.push(
      `client.on(${stringLiteral(received.name)}, (message, context) => console.log(message, context.parameters));`,
      '// Messages that are not valid messages of their channel, and errors thrown by handlers:',
      'client.onError((error) => console.error(error));',
    );
  }
  if (send !== undefined) body.push(send);
  return ['```ts', `import { Client${imports.map((i) => `, ${i}`).join('')} } from ${stringLiteral(info.packageName)};`, '', ...body, '```'].join('\n');
}

/** The "Transport" block: the interface as an object that implements it, each method saying what it must do. */
export function transportExample(info: PackageInfo): string {
  return [
    '```ts',
    `import type { MessageContext, Subscription, Transport } from ${stringLiteral(info.packageName)};`,
    '',
    'export const transport: Transport = {',
    '  async connect(): Promise<void> {',
    '    // Optional: open the connection (`send` may also open it on first use).',
    '  },',
    '  async send(data: string | Uint8Array, context: MessageContext): Promise<void> {',
    '    // Publish `data` to `context.channel`, the resolved address (topic, queue, path).',
    '  },',
    '  onMessage(handler: (data: string | Uint8Array, context: MessageContext) => void): () => void {',
    '    // Call `handler(data, { channel })` for every message, `channel` being the address it came on;',
    '    // return a function that stops.',
    '    return () => undefined;',
    '  },',
    '  subscribe(subscription: Subscription): void {',
    '    // Brokers: subscribe to `subscription.pattern` (MQTT `+`, NATS and AMQP topic `*` wildcards).',
    '  },',
    '  async close(): Promise<void> {',
    '    // Close the connection.',
    '  },',
    '};',
    '```',
  ].join('\n');
}
