/**
 * `client.ts` of a plain-payload package: the `Client` class over a `Transport` (see `templates/plain/
 * transport.ts`). One `send<Message>` per sent message, `request<Message>` where the document declares a reply
 * (matched by correlation id when there is one, else the next reply of the right type), `on(name, handler)`
 * when received messages can be told apart, and `onMessage` for everything received.
 */
import { Scope, type MethodDeclarationStructure, type OptionalKind } from 'ts-morph';
import type { Correlation, GatewayIr, MessageIr } from '../../ir/types.js';
import { messageDocLines } from '../jsdoc.js';
import { MODELS, code, docs, guardName, isRoutable, messageType, receivedMessages, repliesOf, requestMethodName, sendMethodName, sentMessages } from './plain-names.js';
import type { StatementList } from '../statement-list.js';

/** The default transport is a WebSocket when the document has a ws server, or no server at all. */
export function defaultWebSocketUrl(ir: GatewayIr): string | undefined {
  const ws = ir.servers.find((s) => /^wss?$/i.test(s.protocol));
  if (ws !== undefined) return ws.url;
  return ir.servers.length === 0 ? 'ws://localhost' : undefined;
}

function contextText(message: MessageIr, headers?: string): string {
  const parts = [`message: ${code(message.key)}`];
  if (message.channel !== undefined) parts.push(`channel: ${code(message.channel)}`);
  if (headers !== undefined) parts.push(`headers: ${headers}`);
  return `{ ${parts.join(', ')} }`;
}

function sendMethod(message: MessageIr): OptionalKind<MethodDeclarationStructure> {
  return {
    name: sendMethodName(message),
    docs: docs([...messageDocLines(message), ...(messageDocLines(message).length > 0 ? [''] : []), `Sends \`${message.name}\`${message.channel !== undefined ? ` on \`${message.channel}\`` : ''}.`]),
    parameters: [{ name: 'message', type: messageType(message) }],
    returnType: 'Promise<void>',
    statements: `return this.transport.send(this.codec.encode(message), ${contextText(message)});`,
  };
}

/**
 * `request<Message>`: registers the wait for the reply before sending, so a fast reply is never missed. The id
 * goes where the request's `correlationId` says; the reply is read where the reply's own says (else the same).
 */
function requestMethod(ir: GatewayIr, message: MessageIr): OptionalKind<MethodDeclarationStructure> {
  const replies = repliesOf(ir, message);
  const replyType = [...new Set(replies.map(messageType))].join(' | ');
  const isReply = replies.map((r) => `${guardName(r)}(candidate)`).join(' || ');
  const correlation = message.correlation;
  const lines: string[] = [];
  let accepts = `(candidate) => ${replies.length > 1 ? `(${isReply})` : isReply}`;
  let sent = 'message';
  let headers: string | undefined;
  let how: string;
  if (correlation !== undefined) {
    const path = code(correlation.path);
    const replyCorrelation = replies.find((r) => r.correlation?.in === correlation.in)?.correlation ?? correlation;
    const replyPath = code(replyCorrelation.path);
    if (correlation.in === 'payload') {
      lines.push(`const id = readPath(message, ${path}) ?? newCorrelationId(${code(correlation.type ?? 'string')});`);
      sent = `withPath(message, ${path}, id)`;
      how = `\`${correlation.path.join('.')}\` of the payload (set to a fresh id when the message has none)`;
    } else {
      lines.push(`const id = newCorrelationId(${code(correlation.type ?? 'string')});`);
      headers = `withPath({}, ${path}, id)`;
      how = `the \`${correlation.path.join('.')}\` header`;
    }
    const read = replyCorrelation.in === 'payload' ? `readPath(candidate, ${replyPath})` : `readPath(context.headers, ${replyPath})`;
    accepts = `(${replyCorrelation.in === 'payload' ? 'candidate' : 'candidate, context'}) => (${isReply}) && ${read} === id`;
  } else {
    how = 'nothing (the document defines no correlationId): the next reply of the right type answers it';
  }
  lines.push(
    `const reply = this.replies.wait(${accepts}, options.timeoutMs ?? this.requestTimeoutMs, options.signal);`,
    'try {',
    `  await this.transport.send(this.codec.encode(${sent}), ${contextText(message, headers)});`,
    '} catch (error) {',
    '  reply.catch(() => undefined);',
    '  throw error;',
    '}',
    `return (await reply) as ${replyType};`,
  );
  return {
    name: requestMethodName(message),
    isAsync: true,
    docs: docs([
      ...messageDocLines(message),
      ...(messageDocLines(message).length > 0 ? [''] : []),
      `Sends \`${message.name}\` and resolves with its reply (${replies.map((r) => `\`${r.name}\``).join(' or ')}), matched by ${how}.`,
      'Rejects with a `ClientError` (`timeout`) when no reply comes within `options.timeoutMs`.',
    ]),
    parameters: [{ name: 'message', type: messageType(message) }, { name: 'options', type: 'RequestOptions', initializer: '{}' }],
    returnType: `Promise<${replyType}>`,
    statements: lines,
  };
}

export function emitPlainClient(file: StatementList, ir: GatewayIr): void {
  const sent = sentMessages(ir);
  const received = receivedMessages(ir);
  const requests = sent.filter((m) => repliesOf(ir, m).length > 0);
  const routable = isRoutable(ir) && received.length > 0;
  const url = defaultWebSocketUrl(ir);
  const correlations = requests.map((m) => m.correlation).filter((c): c is Correlation => c !== undefined);

  if (ir.messages.length > 0) file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namespaceImport: MODELS });
  const transportValues = ['PendingReplies', 'ClientError', 'jsonCodec'];
  if (url !== undefined) transportValues.push('WebSocketTransport');
  if (correlations.length > 0) transportValues.push('newCorrelationId', 'withPath', 'readPath');
  file.addImportDeclaration({ moduleSpecifier: './transport.js', namedImports: [...new Set(transportValues)].sort() });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './transport.js', namedImports: ['Codec', 'MessageContext', 'RequestOptions', 'Transport'] });
  const messageValues = [...new Set([...(routable ? ['receivedMessageName'] : []), ...requests.flatMap((m) => repliesOf(ir, m).map(guardName))])].sort();
  if (messageValues.length > 0) file.addImportDeclaration({ moduleSpecifier: './messages.js', namedImports: messageValues });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './messages.js', namedImports: ['ReceivedMessage', 'ReceivedMessageMap'] });

  file.addInterface({
    isExported: true,
    name: 'ClientOptions',
    properties: [
      url !== undefined
        ? { name: 'transport', hasQuestionToken: true, type: 'Transport', docs: docs([`How messages travel (default: a \`WebSocketTransport\` to \`url\`).`]) }
        : { name: 'transport', type: 'Transport', docs: docs([`How messages travel. The document's servers speak ${[...new Set(ir.servers.map((s) => s.protocol))].join(', ')}, not WebSocket: supply a transport for your client library.`]) },
      ...(url !== undefined ? [{ name: 'url', hasQuestionToken: true, type: 'string', docs: docs([`Server URL for the default transport (default \`${url}\`).`]) }] : []),
      { name: 'codec', hasQuestionToken: true, type: 'Codec', docs: docs(['How messages are encoded (default: JSON). Other content types need their own codec.']) },
      { name: 'requestTimeoutMs', hasQuestionToken: true, type: 'number', docs: docs(['How long `request*` methods wait for a reply, in ms (default 30000).']) },
    ],
  });

  const listenerType = '(message: unknown, context: MessageContext) => void';
  const methods: Array<OptionalKind<MethodDeclarationStructure>> = [
    { name: 'connect', docs: docs(['Opens the transport\'s connection (sends also open it on first use).']), returnType: 'Promise<void>', statements: 'return this.transport.connect?.() ?? Promise.resolve();' },
    ...sent.map(sendMethod),
    ...requests.map((m) => requestMethod(ir, m)),
  ];
  if (routable) {
    methods.push({
      name: 'on',
      typeParameters: [{ name: 'K', constraint: 'keyof ReceivedMessageMap' }],
      docs: docs(['Calls `handler` for every received message of that name; returns a function that stops it.']),
      parameters: [{ name: 'name', type: 'K' }, { name: 'handler', type: '(message: ReceivedMessageMap[K], context: MessageContext) => void' }],
      returnType: '() => void',
      statements: [
        'let set = this.listeners.get(name);',
        'if (set === undefined) this.listeners.set(name, (set = new Set()));',
        `const listener = handler as ${listenerType};`,
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
      docs: docs([routable
        ? 'Calls `handler` for every received message, whatever its name (`on(name, handler)` narrows by name).'
        : 'Calls `handler` for every received message. The document gives its messages no field that tells them apart: use the `is<Message>` guards to narrow.']),
      parameters: [{ name: 'handler', type: '(message: ReceivedMessage, context: MessageContext) => void' }],
      returnType: '() => void',
      statements: [`const listener = handler as ${listenerType};`, 'this.anyListeners.add(listener);', 'return () => {', '  this.anyListeners.delete(listener);', '};'],
    },
    {
      name: 'onError',
      docs: docs(['Calls `handler` when a received message cannot be decoded or a handler throws.']),
      parameters: [{ name: 'handler', type: '(error: unknown) => void' }],
      returnType: '() => void',
      statements: ['this.errorListeners.add(handler);', 'return () => {', '  this.errorListeners.delete(handler);', '};'],
    },
    {
      name: 'receive',
      docs: docs(['Decodes one incoming message and hands it to a waiting request, then to the listeners. Transports call it; tests may too.']),
      parameters: [{ name: 'data', type: 'string | Uint8Array' }, { name: 'context', type: 'MessageContext', initializer: '{}' }],
      returnType: 'void',
      statements: [
        'let message: unknown;',
        'try {',
        '  message = this.codec.decode(data);',
        '} catch (error) {',
        '  this.fail(error);',
        '  return;',
        '}',
        'this.replies.offer(message, context);',
        ...(routable
          ? ['const name = receivedMessageName(message);', 'if (name !== undefined) for (const listener of this.listeners.get(name) ?? []) this.call(listener, message, context);']
          : []),
        'for (const listener of this.anyListeners) this.call(listener, message, context);',
      ],
    },
    {
      name: 'close',
      isAsync: true,
      docs: docs(['Stops listening, fails pending requests (`ClientError` `closed`) and closes the transport.']),
      returnType: 'Promise<void>',
      statements: ['this.stop();', 'this.replies.rejectAll(new ClientError(\'closed\', \'the client was closed\'));', 'await this.transport.close();'],
    },
    {
      name: 'call',
      scope: Scope.Private,
      parameters: [{ name: 'listener', type: listenerType }, { name: 'message', type: 'unknown' }, { name: 'context', type: 'MessageContext' }],
      returnType: 'void',
      statements: ['try {', '  listener(message, context);', '} catch (error) {', '  this.fail(error);', '}'],
    },
    {
      name: 'fail',
      scope: Scope.Private,
      parameters: [{ name: 'error', type: 'unknown' }],
      returnType: 'void',
      statements: ['for (const listener of this.errorListeners) listener(error);'],
    },
  );

  file.addClass({
    isExported: true,
    name: 'Client',
    docs: docs([`A typed client for ${ir.title} ${ir.version}: one method per message, over a \`Transport\`.`]),
    properties: [
      { name: 'transport', isReadonly: true, type: 'Transport' },
      { name: 'codec', scope: Scope.Private, isReadonly: true, type: 'Codec' },
      { name: 'requestTimeoutMs', scope: Scope.Private, isReadonly: true, type: 'number' },
      { name: 'replies', scope: Scope.Private, isReadonly: true, initializer: 'new PendingReplies()' },
      ...(routable ? [{ name: 'listeners', scope: Scope.Private, isReadonly: true, initializer: `new Map<string, Set<${listenerType}>>()` }] : []),
      { name: 'anyListeners', scope: Scope.Private, isReadonly: true, initializer: `new Set<${listenerType}>()` },
      { name: 'errorListeners', scope: Scope.Private, isReadonly: true, initializer: 'new Set<(error: unknown) => void>()' },
      { name: 'stop', scope: Scope.Private, isReadonly: true, type: '() => void' },
    ],
    ctors: [{
      parameters: [{ name: 'options', type: 'ClientOptions', ...(url !== undefined && { initializer: '{}' }) }],
      statements: [
        url !== undefined
          ? `this.transport = options.transport ?? new WebSocketTransport({ url: options.url ?? ${code(url)} });`
          : 'this.transport = options.transport;',
        'this.codec = options.codec ?? jsonCodec;',
        'this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;',
        'this.stop = this.transport.onMessage((data, context) => this.receive(data, context));',
      ],
    }],
    methods,
  });
}
