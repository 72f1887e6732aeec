/**
 * `servers.ts` of a plain package whose servers speak a protocol it ships a transport for (MQTT...):
 * `serverTransport(name, options)` builds that server's transport from its URL (variables filled, or the
 * `url` given) and the client's options for its protocol (`mqtt: { username, password, tls... }`), with the
 * document's bindings. The client calls it for the chosen server unless the user passes a `transport`.
 */
import type { GatewayIr } from '../../ir/types.js';
import { code, docs } from './plain-names.js';
import { propertyKey } from '../escape.js';
import { shippedTransportFor, shippedTransports } from './shipped-transports.js';
import type { StatementList } from '../statement-list.js';

/** Servers the generated `serverTransport` builds a transport for. */
export function shippedServers(ir: GatewayIr): string[] {
  return ir.servers.filter((s) => shippedTransportFor(s) !== undefined).map((s) => s.name);
}

export function emitPlainServerTransports(file: StatementList, ir: GatewayIr): void {
  const transports = shippedTransports(ir);
  file.addImportDeclaration({ moduleSpecifier: './address.js', namedImports: ['serverUrl'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './address.js', namedImports: ['ServerSpec'] });
  file.addImportDeclaration({ moduleSpecifier: './channels.js', namedImports: ['SERVERS', 'WIRE'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './channels.js', namedImports: ['ServerName', 'ServerVariables'] });
  file.addImportDeclaration({ moduleSpecifier: './transport.js', namedImports: ['ClientError'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './transport.js', namedImports: ['Transport'] });
  for (const t of transports) {
    file.addImportDeclaration({ moduleSpecifier: `./${t.module}.js`, namedImports: [t.className] });
    file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${t.module}.js`, namedImports: [t.optionsType] });
  }
  file.addInterface({
    isExported: true,
    name: 'ServerTransportOptions',
    docs: docs(['What the shipped transports take from the client\'s options.']),
    properties: [
      { name: 'serverVariables', hasQuestionToken: true, type: 'ServerVariables' },
      ...transports.map((t) => ({
        name: propertyKey(t.protocol),
        hasQuestionToken: true,
        type: t.optionsType,
        docs: docs([`Settings of the ${t.protocol.toUpperCase()} transport (${t.about}, \`npm install ${t.library}\`): credentials, TLS, session...`]),
      })),
    ],
  });
  const cases = ir.servers.flatMap((server) => {
    const t = shippedTransportFor(server);
    if (t === undefined) return [];
    return [`  case ${code(server.name)}:`, `    return new ${t.className}({ ...options.${t.protocol}, url: address, wire: WIRE, server: ${code(server.name)} });`];
  });
  file.addFunction({
    isExported: true,
    name: 'serverTransport',
    docs: docs([
      `The transport of a server, chosen by its \`protocol\`: the shipped one for ${transports.map((t) => t.protocol.toUpperCase()).join(' and ')}, to the server's URL (its`,
      'variables filled from `options.serverVariables`) or to `url` when given. Throws a `ClientError`',
      '(`no-transport`) for a server whose protocol needs a transport of your own.',
    ]),
    parameters: [{ name: 'server', type: 'ServerName' }, { name: 'options', type: 'ServerTransportOptions' }, { name: 'url', type: 'string', hasQuestionToken: true }],
    returnType: 'Transport',
    statements: [
      'const spec: ServerSpec = SERVERS[server];',
      'const address = url ?? serverUrl(spec.template, spec.variables, options.serverVariables);',
      'switch (server) {',
      ...cases,
      '  default:',
      '    throw new ClientError(\'no-transport\', `server \'${String(server)}\' speaks ${spec.protocol}, for which this package has no transport: pass your own as \\`transport\\``);',
      '}',
    ],
  });
}
