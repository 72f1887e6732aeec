/**
 * `client.ts` of a plain-payload package: the `Client` class over a `Transport` (see `templates/plain/
 * transport.ts`). One `send<Message>` per sent message, `request<Message>` where the document declares a reply
 * (matched by correlation id when there is one, else the next reply of the right type), `on(name, handler)`
 * when received messages can be told apart, and `onMessage` for everything received.
 */
import { Scope, type MethodDeclarationStructure, type OptionalKind, type PropertySignatureStructure } from 'ts-morph';
import type { ChannelIr, GatewayIr } from '../../ir/types.js';
import { MODELS, code, docs, receivedMessages } from './plain-names.js';
import { MESSAGE_SCHEMAS } from './emit-plain-schemas.js';
import { channelProtocol, defaultServer, parametersTypeName, receivedChannels } from './emit-plain-channels.js';
import { receivedContextTypes, sendMethods, sendUses } from './emit-plain-send.js';
import { allTransports, dedicatedServers, transportExpression, transportsInit, transportsOption } from './emit-plain-servers.js';
import { shippedServers } from './emit-plain-server-transports.js';
import { shippedTransports } from './shipped-transports.js';
import type { StatementList } from '../statement-list.js';

/**
 * The default transport is a WebSocket when the default server is one, or there is no server at all. Its URL is
 * the server's, with the variables' defaults, and the path of the WebSocket channels when they all share one
 * (Gemini's `/v1/marketdata/{symbol}`), parameters left as `{name}`.
 */
export function defaultWebSocketUrl(ir: GatewayIr): string | undefined {
  const server = defaultServer(ir);
  if (server !== undefined && !/^wss?$/i.test(server.protocol)) return undefined;
  const base = server?.url ?? 'ws://localhost';
  const path = webSocketPath(ir);
  return path === undefined ? base : `${base.replace(/\/+$/, '')}${path.address}`;
}

/** The one channel address every WebSocket channel shares, when it is a path beyond `/`. */
export function webSocketPath(ir: GatewayIr): ChannelIr | undefined {
  const ws = ir.channels.filter((c) => /^wss?$/i.test(channelProtocol(ir, c)));
  const addresses = new Set(ws.map((c) => c.address));
  if (addresses.size !== 1 || !ws[0]!.address.startsWith('/') || ws[0]!.address === '/') return undefined;
  return ws[0];
}

/** The default WebSocket URL at run time: the chosen server's, its variables filled, plus the WebSocket path. */
function webSocketUrlExpression(ir: GatewayIr, wsPath: ChannelIr | undefined): string {
  const server = defaultServer(ir);
  let base = code('ws://localhost');
  if (server !== undefined) {
    const chosen = `SERVERS[options.server ?? ${code(server.name)}]`;
    const variables = ir.servers.some((s) => s.variables.length > 0) ? 'options.serverVariables' : 'undefined';
    base = `serverUrl(${chosen}.template, ${chosen}.variables, ${variables})`;
  }
  if (wsPath === undefined) return base;
  const path = wsPath.parameters.length > 0 ? `resolveAddress(CHANNELS[${code(wsPath.key)}], options.parameters)` : `CHANNELS[${code(wsPath.key)}].address`;
  return `${base}.replace(/\\/+$/, '') + ${path}`;
}

export function emitPlainClient(file: StatementList, ir: GatewayIr): void {
  const received = receivedMessages(ir);
  const uses = sendUses(ir);
  // Every received message can be named: by channel, discriminator and schema (see `ir/receive-routes.ts`).
  const routable = received.length > 0;
  const url = defaultWebSocketUrl(ir);
  const wsPath = url !== undefined ? webSocketPath(ir) : undefined;
  const server = defaultServer(ir);
  const hasVariables = ir.servers.some((s) => s.variables.length > 0);
  const multi = dedicatedServers(ir).length > 0;
  // Servers with a shipped broker transport (MQTT...): `serverTransport` builds theirs unless one is passed.
  const shipped = shippedServers(ir).length > 0;
  const methods: Array<OptionalKind<MethodDeclarationStructure>> = [
    { name: 'connect', docs: docs(['Opens the transport\'s connection (sends also open it on first use).']), returnType: 'Promise<void>', statements: `return Promise.all(${allTransports(ir)}.map((t) => t.connect?.())).then(() => undefined);` },
    ...sendMethods(ir),
  ];
  const bodies = methods.map((m) => [m.statements].flat().join('\n')).join('\n');

  if (ir.messages.length > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namespaceImport: MODELS });
  const transportValues = ['PendingReplies', 'ClientError', 'jsonCodec'];
  if (url !== undefined || transportsInit(ir).some((l) => l.includes('WebSocketTransport'))) transportValues.push('WebSocketTransport');
  for (const helper of ['newCorrelationId', 'withPath', 'readPath']) if (bodies.includes(`${helper}(`)) transportValues.push(helper);
  file.addImportDeclaration({ moduleSpecifier: './transport.js', namedImports: [...new Set(transportValues)].sort() });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './transport.js', namedImports: ['ClientErrorCode', 'ClientErrorDetails', 'Codec', 'MessageContext', 'RequestOptions', 'Transport'] });
  const addressValues = [...(bodies.includes('resolveAddress(') || wsPath !== undefined ? ['resolveAddress'] : []), ...((url !== undefined && server !== undefined) || transportsInit(ir).some((l) => l.includes('serverUrl(')) ? ['serverUrl'] : [])];
  if (addressValues.length > 0) file.addImportDeclaration({ moduleSpecifier: './address.js', namedImports: addressValues });
  file.addImportDeclaration({ moduleSpecifier: './channels.js', namedImports: ['CHANNELS', 'SERVERS', 'SUBSCRIPTIONS'] });
  const channelTypes = [...new Set([...ir.channels.filter((c) => c.parameters.length > 0).map(parametersTypeName)])].sort();
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './channels.js', namedImports: ['ServerName', 'ServerVariables', ...channelTypes] });
  file.addImportDeclaration({ moduleSpecifier: './messages.js', namedImports: ['RECEIVED_MESSAGE_KEYS', 'receiveRouteFor'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './messages.js', namedImports: ['ReceivedMessage', 'ReceivedMessageMap', 'ReceivedMessageName'] });
  file.addImportDeclaration({ moduleSpecifier: './receive.js', namedImports: [...(uses.length > 0 ? ['PAYLOAD_ROOT'] : []), 'identify', 'visitBudget'] });
  file.addImportDeclaration({ moduleSpecifier: './schemas.js', namedImports: [MESSAGE_SCHEMAS] });
  if (uses.length > 0) file.addImportDeclaration({ moduleSpecifier: './validate.js', namedImports: ['formatIssues', 'validatePayload'] });
  if (shipped) file.addImportDeclaration({ moduleSpecifier: './servers.js', namedImports: ['serverTransport'] });
  const shippedOptions = shippedTransports(ir);
  for (const t of shippedOptions) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${t.module}.js`, namedImports: [t.optionsType] });

  file.addTypeAlias({
    isExported: true,
    name: 'ReceivedContext',
    typeParameters: ['P', 'H'],
    docs: docs(['What a handler learns besides the message: the address it came on, the channel parameters read from it, and its headers.']),
    type: "Omit<MessageContext, 'parameters' | 'headers'> & { parameters?: P; headers?: H }",
  });
  file.addTypeAlias({ isExported: true, name: 'ReceivedContextMap', docs: docs(['Message name -> the context its handlers get.']), type: receivedContextTypes(ir) });

  const shippedText = shippedOptions.map((t) => `an \`${t.className}\` for ${t.protocol.toUpperCase()} servers (\`npm install ${t.library}\`)`).join(', ');
  const properties: Array<OptionalKind<PropertySignatureStructure>> = [
    url !== undefined
      ? { name: 'transport', hasQuestionToken: true, type: 'Transport', docs: docs([`How messages travel (default: a \`WebSocketTransport\` to \`url\`${shipped ? `; ${shippedText}` : ''}).`]) }
      : shipped
        ? { name: 'transport', hasQuestionToken: true, type: 'Transport', docs: docs([`How messages travel (default: ${shippedText}, to the chosen server's URL). Pass one to use your own client library.`]) }
        : { name: 'transport', type: 'Transport', docs: docs([`How messages travel. The document's servers speak ${[...new Set(ir.servers.map((s) => s.protocol))].join(', ')}, not WebSocket: supply a transport for your client library.`]) },
  ];
  const transports = transportsOption(ir);
  if (transports !== undefined) properties.push(transports);
  if (ir.servers.length > 0) properties.push({ name: 'server', hasQuestionToken: true, type: 'ServerName', docs: docs([`The server to connect to, by name (default \`${server!.name}\`).`]) });
  if (hasVariables) properties.push({ name: 'serverVariables', hasQuestionToken: true, type: 'ServerVariables', docs: docs(['Values for the server URL\'s variables (default: the document\'s defaults).']) });
  if (url !== undefined) properties.push({ name: 'url', hasQuestionToken: true, type: 'string', docs: docs([`Server URL for the default transport, used as is (default \`${url}\`, built from the server, its variables${wsPath !== undefined ? ' and `parameters`' : ''}).`]) });
  else if (shipped) properties.push({ name: 'url', hasQuestionToken: true, type: 'string', docs: docs([`The chosen server's URL, used as is (default: its URL in the document, \`${server!.url}\`, with \`serverVariables\` filled in).`]) });
  for (const t of shippedOptions) {
    properties.push({ name: t.protocol, hasQuestionToken: true, type: t.optionsType, docs: docs([`Settings of the ${t.protocol.toUpperCase()} transport (${t.about}, \`npm install ${t.library}\`): \`username\`, \`password\`, \`tls\`, session and QoS defaults.`]) });
  }
  if (wsPath !== undefined && wsPath.parameters.length > 0) {
    properties.push({ name: 'parameters', hasQuestionToken: true, type: parametersTypeName(wsPath), docs: docs([`The parameters of the WebSocket path \`${wsPath.address}\` (needed unless \`url\` or \`transport\` is given).`]) });
  }
  properties.push(
    { name: 'codec', hasQuestionToken: true, type: 'Codec', docs: docs(['How messages are encoded (default: JSON). Other content types need their own codec.']) },
    { name: 'requestTimeoutMs', hasQuestionToken: true, type: 'number', docs: docs(['How long `request*` methods wait for a reply, in ms (default 30000).']) },
    {
      name: 'validate',
      hasQuestionToken: true,
      type: 'boolean | { receive?: boolean; send?: boolean }',
      docs: docs([
        'Check payloads against their schemas (default: both ways). `receive: false` delivers a received payload as the message its channel or',
        'discriminator names without checking it (where only schemas tell a channel\'s messages apart, they still decide); `send: false` sends',
        'whatever it is given. `false` turns off both.',
      ]),
    },
  );
  file.addInterface({ isExported: true, name: 'ClientOptions', properties });

  const listenerType = '(message: unknown, context: MessageContext) => void';
  if (routable) {
    methods.push({
      name: 'on',
      typeParameters: [{ name: 'K', constraint: 'keyof ReceivedMessageMap' }],
      docs: docs(['Calls `handler` for every received message of that name; returns a function that stops it.']),
      parameters: [{ name: 'name', type: 'K' }, { name: 'handler', type: '(message: ReceivedMessageMap[K], context: ReceivedContextMap[K]) => void' }],
      returnType: '() => void',
      statements: [
        'let set = this.listeners.get(name);',
        'if (set === undefined) this.listeners.set(name, (set = new Set()));',
        // The context a handler is typed with (its channel's parameters) is narrower than the one listeners share.
        `const listener = handler as unknown as ${listenerType};`,
        'set.add(listener);',
        'return () => {',
        '  set.delete(listener);',
        '};',
      ],
    });
  }
  methods.push(
    {
      name: 'onMessage',
      docs: docs([
        'Calls `handler` for every received message, whatever its name (`on(name, handler)` narrows by name); `context.message` is its name in the document.',
        'Only messages told apart and checked against their schema get here; the others go to `onError`.',
      ]),
      parameters: [{ name: 'handler', type: '(message: ReceivedMessage, context: MessageContext) => void' }],
      returnType: '() => void',
      statements: [`const listener = handler as ${listenerType};`, 'this.anyListeners.add(listener);', 'return () => {', '  this.anyListeners.delete(listener);', '};'],
    },
    {
      name: 'onError',
      docs: docs([
        'Calls `handler` with what the client could not deliver: a `ClientError` `invalid-payload` (a received message that cannot be decoded, or that',
        'its schema rejects), `unknown-message` (no message of its channel, or no channel the client receives on), each with the `channel`, the',
        '`issues` naming the fields and the raw `data`; and whatever a message handler throws.',
        '',
        'Nothing is dropped unseen: with no `onError` handler, the error is thrown to the transport that delivered the message, as Node\'s',
        'EventEmitter throws an `error` event nobody listens to (with the default WebSocket transport, that ends a Node process).',
      ]),
      parameters: [{ name: 'handler', type: '(error: unknown) => void' }],
      returnType: '() => void',
      statements: ['this.errorListeners.add(handler);', 'return () => {', '  this.errorListeners.delete(handler);', '};'],
    },
    {
      name: 'receive',
      docs: docs([
        'Decodes one incoming message, tells which message it is (by the channel it came on, then its discriminator or schema), checks it against',
        'its schema, and hands it to a waiting request, then to the listeners; anything else goes to `onError`. Transports call it; tests may too.',
      ]),
      parameters: [{ name: 'data', type: 'string | Uint8Array' }, { name: 'context', type: 'MessageContext', initializer: '{}' }],
      returnType: 'void',
      statements: [
        'const channel = context.channel;',
        'let payload: unknown;',
        'try {',
        '  payload = this.codec.decode(data);',
        '} catch (error) {',
        '  this.refuse(\'invalid-payload\', `could not be decoded: ${error instanceof Error ? error.message : String(error)}`, data, channel, { cause: error });',
        '  return;',
        '}',
        'const found = receiveRouteFor(channel);',
        'if (found === undefined) {',
        '  this.refuse(\'unknown-message\', \'no channel the client receives on has this address\', data, channel);',
        '  return;',
        '}',
        `const identified = identify(found.route, ${MESSAGE_SCHEMAS}, payload, { validate: this.validateReceived, maxVisits: visitBudget(data) });`,
        'if (!identified.ok) {',
        '  this.refuse(identified.code, identified.reason, data, channel, { issues: identified.issues });',
        '  return;',
        '}',
        'const name = identified.name as ReceivedMessageName;',
        // Object.assign, not a spread: on Node 20 a spread of the transport's context cost some µs per message, more than the rest of this method.
        'const delivered: MessageContext = Object.assign({}, context);',
        'delivered.message = RECEIVED_MESSAGE_KEYS[name];',
        'if (found.parameters !== undefined) delivered.parameters = found.parameters;',
        'this.replies.offer(payload, delivered);',
        ...(routable ? ['const listeners = this.listeners.get(name);', 'if (listeners !== undefined) for (const listener of listeners) this.call(listener, payload, delivered);'] : []),
        'if (this.anyListeners.size > 0) for (const listener of this.anyListeners) this.call(listener, payload, delivered);',
      ],
    },
    {
      name: 'close',
      isAsync: true,
      docs: docs(['Stops listening, fails pending requests (`ClientError` `closed`) and closes the transport.']),
      returnType: 'Promise<void>',
      statements: ['this.stop();', 'this.replies.rejectAll(new ClientError(\'closed\', \'the client was closed\'));', `await Promise.all(${allTransports(ir)}.map((t) => t.close()));`],
    },
    {
      name: 'call',
      scope: Scope.Private,
      parameters: [{ name: 'listener', type: listenerType }, { name: 'message', type: 'unknown' }, { name: 'context', type: 'MessageContext' }],
      returnType: 'void',
      statements: ['try {', '  listener(message, context);', '} catch (error) {', '  this.fail(error);', '}'],
    },
    {
      name: 'refuse',
      scope: Scope.Private,
      docs: docs(['A received message the client cannot deliver, to `fail`: built only then, so a delivered message pays for none of it.']),
      parameters: [
        { name: 'code', type: 'ClientErrorCode' },
        { name: 'reason', type: 'string' },
        { name: 'data', type: 'string | Uint8Array' },
        { name: 'channel', type: 'string | undefined' },
        { name: 'more', type: 'ClientErrorDetails', initializer: '{}' },
      ],
      returnType: 'void',
      statements: [
        'const where = channel === undefined ? \'received\' : `received on \'${channel}\'`;',
        'this.fail(new ClientError(code, `${where}: ${reason}`, { data, ...(channel !== undefined && { channel }), ...more }));',
      ],
    },
    {
      name: 'fail',
      scope: Scope.Private,
      docs: docs(['To the `onError` handlers; with none, thrown (see `onError`): an error is never dropped.']),
      parameters: [{ name: 'error', type: 'unknown' }],
      returnType: 'void',
      statements: ['if (this.errorListeners.size === 0) throw error;', 'for (const listener of this.errorListeners) listener(error);'],
    },
    ...(uses.length === 0 ? [] : [{
      name: 'checkPayload',
      scope: Scope.Private,
      docs: docs(['Rejects a payload its schema does not accept, before any transport sees it (unless `validate` turns sends off).']),
      parameters: [{ name: 'name', type: `keyof typeof ${MESSAGE_SCHEMAS}` }, { name: 'payload', type: 'unknown' }],
      returnType: 'void',
      statements: [
        'if (!this.validateSends) return;',
        `const issues = validatePayload(${MESSAGE_SCHEMAS}[name], payload, PAYLOAD_ROOT);`,
        'if (issues.length > 0) throw new ClientError(\'invalid-payload\', `${name} payload does not match its schema: ${formatIssues(issues)}`, { issues });',
      ],
    }]),
  );

  if (multi) {
    methods.push({
      name: 'serverTransport',
      scope: Scope.Private,
      docs: docs(['The transport of a server that has its own, else the default one.']),
      parameters: [{ name: 'server', type: 'string' }],
      returnType: 'Transport',
      statements: 'return this.transports.get(server) ?? this.transport;',
    });
  }

  file.addClass({
    isExported: true,
    name: 'Client',
    docs: docs([`A typed client for ${ir.title} ${ir.version}: one method per message, over a \`Transport\`.`]),
    properties: [
      { name: 'transport', isReadonly: true, type: 'Transport' },
      ...(multi ? [{ name: 'transports', scope: Scope.Private, isReadonly: true, type: 'ReadonlyMap<string, Transport>' }] : []),
      { name: 'codec', scope: Scope.Private, isReadonly: true, type: 'Codec' },
      { name: 'requestTimeoutMs', scope: Scope.Private, isReadonly: true, type: 'number' },
      { name: 'validateReceived', scope: Scope.Private, isReadonly: true, type: 'boolean' },
      { name: 'validateSends', scope: Scope.Private, isReadonly: true, type: 'boolean' },
      { name: 'replies', scope: Scope.Private, isReadonly: true, initializer: 'new PendingReplies()' },
      ...(routable ? [{ name: 'listeners', scope: Scope.Private, isReadonly: true, initializer: `new Map<string, Set<${listenerType}>>()` }] : []),
      { name: 'anyListeners', scope: Scope.Private, isReadonly: true, initializer: `new Set<${listenerType}>()` },
      { name: 'errorListeners', scope: Scope.Private, isReadonly: true, initializer: 'new Set<(error: unknown) => void>()' },
      { name: 'stop', scope: Scope.Private, isReadonly: true, type: '() => void' },
    ],
    ctors: [{
      // `= {}` only while every option is optional.
      parameters: [{ name: 'options', type: 'ClientOptions', ...((url !== undefined || shipped) && transports?.hasQuestionToken !== false && { initializer: '{}' }) }],
      statements: [
        ...(url === undefined
          ? [shipped ? `this.transport = options.transport ?? serverTransport(options.server ?? ${code(server!.name)}, options, options.url);` : 'this.transport = options.transport;']
          : shipped
            // The default server is a WebSocket one; a server chosen by name may be a broker.
            ? [
              `const chosen = options.server ?? ${code(server!.name)};`,
              `this.transport = options.transport ?? (/^wss?$/i.test(SERVERS[chosen].protocol) ? new WebSocketTransport({ url: options.url ?? ${webSocketUrlExpression(ir, wsPath)} }) : serverTransport(chosen, options, options.url));`,
            ]
            : [`this.transport = options.transport ?? new WebSocketTransport({ url: options.url ?? ${webSocketUrlExpression(ir, wsPath)} });`]),
        'this.codec = options.codec ?? jsonCodec;',
        'this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;',
        'const validate = options.validate ?? true;',
        'this.validateReceived = typeof validate === \'boolean\' ? validate : validate.receive ?? true;',
        'this.validateSends = typeof validate === \'boolean\' ? validate : validate.send ?? true;',
        ...transportsInit(ir),
        // What goes wrong in a transport outside any call (a refused subscription) reaches `onError` too.
        `const stops = ${allTransports(ir)}.flatMap((t) => [t.onMessage((data, context) => this.receive(data, context)), t.onError?.((error) => this.fail(error)) ?? (() => undefined)]);`,
        'this.stop = () => stops.forEach((stop) => stop());',
        // Broker transports subscribe to each received channel's wildcard pattern; a WebSocket needs nothing.
        ...receivedChannels(ir).map((c) => `void ${transportExpression(ir, c.key)}.subscribe?.(SUBSCRIPTIONS.find((s) => s.channel === ${code(c.key)})!);`),
      ],
    }],
    methods,
  });
}
