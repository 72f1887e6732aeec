/**
 * `channels.ts` of a plain-payload package: one typed parameters object per parameterized channel, the
 * channels and servers as data (address templates, parameter enums and patterns, server URL templates and
 * variables) for `address.ts` to fill in, and the subscriptions a transport gets for the received channels.
 */
import { VariableDeclarationKind } from 'ts-morph';
import type { ChannelIr, GatewayIr } from '../../ir/types.js';
import { channelProtocol } from '../../ir/channel-protocol.js';
import { addressPlaceholders } from '../../ir/build-channels.js';
import { patternProblem } from '../../ir/patterns.js';
import { objectKey, propertyKey } from '../escape.js';
import { typeText } from '../type-text.js';
import { code, docs, mapType } from './plain-names.js';
import type { StatementList } from '../statement-list.js';
import { emitPlainWire } from './emit-plain-wire.js';
import { shippedTransports } from './shipped-transports.js';

/** The parameters type of a channel; `Record<never, never>` for one without parameters. */
export function parametersTypeName(channel: ChannelIr): string {
  return channel.parameters.length === 0 ? 'Record<never, never>' : `${channel.name}Parameters`;
}

export { channelProtocol, defaultServer } from '../../ir/channel-protocol.js';

/** Channels that some operation receives on. */
export function receivedChannels(ir: GatewayIr): ChannelIr[] {
  const keys = new Set(ir.operations.filter((o) => o.direction === 'receive' && o.channel !== undefined).map((o) => o.channel!));
  return ir.channels.filter((c) => keys.has(c.key));
}

function parameterValueType(channel: ChannelIr, name: string): string {
  const parameter = channel.parameters.find((p) => p.name === name)!;
  const text = typeText(parameter.schema);
  // A number in an address is written as text: accept both.
  return text === 'number' ? 'string | number' : text;
}

/** Every server variable, across servers, as one options object (each optional: each has its default or is checked). */
export function serverVariablesType(ir: GatewayIr): string {
  const variables = new Map<string, Set<string>>();
  for (const server of ir.servers) {
    for (const v of server.variables) {
      const set = variables.get(v.name) ?? new Set<string>();
      for (const value of v.enum ?? []) set.add(code(value));
      if (v.enum === undefined) set.add('string');
      variables.set(v.name, set);
    }
  }
  return mapType([...variables].map(([name, types]) => [name, [...types].includes('string') ? 'string' : [...types].join(' | ')]), (k) => `${propertyKey(k)}?`);
}

/** `{ readonly a: T; readonly b: T }`: spelled out, as declarations are emitted without inference. */
function recordType(keys: string[], type: string): string {
  return keys.length === 0 ? 'Record<never, never>' : `{ ${keys.map((k) => `readonly ${propertyKey(k)}: ${type};`).join(' ')} }`;
}

export function emitPlainChannels(file: StatementList, ir: GatewayIr): void {
  file.addImportDeclaration({ moduleSpecifier: './address.js', namedImports: ['subscriptionFor'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: './address.js', namedImports: ['ChannelSpec', 'ServerSpec', 'Subscription'] });
  for (const channel of ir.channels) {
    if (channel.parameters.length === 0) continue;
    file.addInterface({
      isExported: true,
      name: parametersTypeName(channel),
      docs: docs([`The parameters of the channel \`${channel.address}\`.`]),
      properties: channel.parameters.map((p) => ({
        name: propertyKey(p.name),
        type: parameterValueType(channel, p.name),
        ...(p.description !== undefined && { docs: docs([p.description]) }),
      })),
    });
  }
  const channels = Object.fromEntries(ir.channels.map((c) => [c.key, {
    address: c.address,
    protocol: channelProtocol(ir, c),
    parameters: Object.fromEntries(c.parameters.map((p) => [p.name, {
      ...(p.schema.enum !== undefined && { enum: p.schema.enum.map(String) }),
      // A pattern the client could not check (invalid, or exponential: `ir/patterns.ts`) is left out; the load stage warned.
      ...(typeof p.schema.pattern === 'string' && patternProblem(p.schema.pattern) === undefined && { pattern: p.schema.pattern }),
    }])),
  }]));
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(['Every channel an operation uses: its address template, protocol and what its parameters may be.']),
    declarations: [{ name: 'CHANNELS', type: recordType(Object.keys(channels), 'ChannelSpec'), initializer: code(channels) }],
  });
  const servers = Object.fromEntries(ir.servers.map((s) => [s.name, {
    template: s.template,
    protocol: s.protocol,
    variables: Object.fromEntries(s.variables.map((v) => [v.name, { ...(v.default !== undefined && { default: v.default }), ...(v.enum !== undefined && { enum: v.enum }) }])),
  }]));
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(['The document\'s servers: URL templates (`{variable}` placeholders) with their variables\' defaults and allowed values.']),
    declarations: [{ name: 'SERVERS', type: recordType(Object.keys(servers), 'ServerSpec'), initializer: code(servers) }],
  });
  file.addTypeAlias({ isExported: true, name: 'ServerName', type: ir.servers.length === 0 ? 'never' : ir.servers.map((s) => code(s.name)).join(' | ') });
  file.addTypeAlias({ isExported: true, name: 'ServerVariables', docs: docs(['Values for the servers\' URL variables (each defaults to the document\'s `default`).']), type: serverVariablesType(ir) });
  if (shippedTransports(ir).length > 0) emitPlainWire(file, ir);
  const received = receivedChannels(ir);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(['What a transport subscribes to: one entry per channel the client receives on, with its wildcard pattern and a reader for its parameters.']),
    declarations: [{
      name: 'SUBSCRIPTIONS',
      type: 'readonly Subscription[]',
      initializer: `[${received.map((c) => `subscriptionFor(${code(c.key)}, CHANNELS[${code(c.key)}]${parameterReader(c.address)})`).join(', ')}]`,
    }],
  });
}

/**
 * `, (m, text) => ({ siteId: text(m[1]!), ... })` for an address with parameters: each `{name}` is the next group of
 * the address's regular expression (`subscriptionFor` cuts the address the same way); a name written twice takes
 * its last group, as the generic reader does.
 */
function parameterReader(address: string): string {
  const names = addressPlaceholders(address);
  if (names.length === 0) return '';
  const group = new Map(names.map((name, i) => [name, i + 1]));
  return `, (m, text) => ({ ${[...group].map(([name, i]) => `${objectKey(name)}: text(m[${i}]!)`).join(', ')} })`;
}
