/**
 * Channel addresses with `{parameters}`: filled in before a send (checked against the document's `enum` and
 * `pattern`, URL-encoded where the address is a URL path), turned into the protocol's wildcard form for a
 * subscription, and read back from the address a message arrived on. Copied as is into every package
 * generated for a plain-payload document.
 */
import { ClientError } from './transport.js';

/** What the document says a parameter value may be. */
export interface ParameterSpec {
  readonly enum?: readonly string[];
  readonly pattern?: string;
}

export interface ChannelSpec {
  /** The address template, `smartylighting/streetlights/1/0/action/{streetlightId}/turn/on`. */
  readonly address: string;
  readonly parameters: Readonly<Record<string, ParameterSpec>>;
  /** The protocol of the server the channel is on (`mqtt`, `ws`...): it decides encoding and wildcards. */
  readonly protocol: string;
}

export interface ServerSpec {
  /** The URL with `{variable}` placeholders. */
  readonly template: string;
  readonly protocol: string;
  readonly variables: Readonly<Record<string, { readonly default?: string; readonly enum?: readonly string[] }>>;
}

/** How a protocol spells "any value" in one address segment, and what separates segments. */
interface Syntax {
  wildcard?: string;
  separator?: string;
  /** Characters a value may not hold, because the protocol reads them as structure. */
  forbidden?: RegExp;
  /** URL paths percent-encode values instead. */
  encode: boolean;
}

const SYNTAXES = new Map<string, Syntax>();

/** The protocol's syntax, worked out once per protocol: every send resolves an address with it. */
function syntaxOf(protocol: string): Syntax {
  let syntax = SYNTAXES.get(protocol);
  if (syntax === undefined) SYNTAXES.set(protocol, (syntax = readSyntax(protocol)));
  return syntax;
}

function readSyntax(protocol: string): Syntax {
  switch (protocol.toLowerCase()) {
    case 'mqtt':
    case 'mqtts':
    case 'secure-mqtt':
    case 'ws-mqtt':
      return { wildcard: '+', separator: '/', forbidden: /[/+#\0]/, encode: false };
    case 'nats':
      return { wildcard: '*', separator: '.', forbidden: /[.*>\s]/, encode: false };
    case 'amqp':
    case 'amqps':
      return { wildcard: '*', separator: '.', forbidden: /[.*#]/, encode: false };
    case 'ws':
    case 'wss':
    case 'http':
    case 'https':
      return { separator: '/', encode: true };
    default:
      return { encode: false };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS = new Map<string, RegExp>();

/** A parameter's `pattern`, compiled once: they come from the document (a fixed set), and every send checks them. */
function patternOf(pattern: string): RegExp {
  let re = PATTERNS.get(pattern);
  if (re === undefined) PATTERNS.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

/** Checks one value against its spec; the error names the parameter, the value and what was expected. */
function checkValue(name: string, value: unknown, spec: ParameterSpec | undefined, syntax: Syntax): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new ClientError('invalid-parameters', `channel parameter '${name}' is missing (got ${value === undefined ? 'nothing' : typeof value})`);
  }
  const text = String(value);
  if (text === '') throw new ClientError('invalid-parameters', `channel parameter '${name}' is empty`);
  if (spec?.enum !== undefined && !spec.enum.includes(text)) {
    throw new ClientError('invalid-parameters', `channel parameter '${name}' is '${text}', not one of ${spec.enum.map((v) => `'${v}'`).join(', ')}`);
  }
  if (spec?.pattern !== undefined && !patternOf(spec.pattern).test(text)) {
    throw new ClientError('invalid-parameters', `channel parameter '${name}' is '${text}', which does not match ${spec.pattern}`);
  }
  if (syntax.forbidden?.test(text) === true) {
    throw new ClientError('invalid-parameters', `channel parameter '${name}' is '${text}', which holds a character the protocol reads as part of the address`);
  }
  return syntax.encode ? encodeURIComponent(text) : text;
}

/** A channel's address cut at its parameters once: `site.{siteId}.lamps` -> ['site.', 'siteId', '.lamps']. */
interface Template {
  readonly syntax: Syntax;
  /** Literal text and parameter names, alternating; literals at the even indexes. */
  readonly parts: readonly string[];
}

const TEMPLATES = new WeakMap<ChannelSpec, Template>();

function templateOf(channel: ChannelSpec): Template {
  let template = TEMPLATES.get(channel);
  if (template === undefined) {
    template = { syntax: syntaxOf(channel.protocol), parts: channel.address.split(/\{([^{}]+)\}/) };
    TEMPLATES.set(channel, template);
  }
  return template;
}

/** The address with every `{parameter}` filled in; throws a `ClientError` (`invalid-parameters`) first. */
export function resolveAddress(channel: ChannelSpec, values: object | undefined): string {
  // Every send of a channel with parameters comes here: the address is cut once per channel, then joined.
  const { syntax, parts } = templateOf(channel);
  const given = values as Readonly<Record<string, unknown>> | undefined;
  let address = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    address += checkValue(name, given?.[name], channel.parameters[name], syntax) + parts[i + 1]!;
  }
  return address;
}

/** What a transport needs to listen on a channel: the address in the protocol's wildcard form, and a reader. */
export interface Subscription {
  /** The channel's key in the document. */
  readonly channel: string;
  /** The address template. */
  readonly address: string;
  /** MQTT `a/+/b`, NATS and AMQP topic `a.*.b`; for other protocols the source of `regex`. */
  readonly pattern: string;
  /** Matches the addresses of this channel, one group per parameter. */
  readonly regex: RegExp;
  /** The parameters in an address of this channel, or undefined when the address is not one of it. */
  extract(address: string): Record<string, string> | undefined;
}

/**
 * Builds a channel's parameters from its address's match, one literal key per parameter (the generator writes one
 * per channel: an object built by computed keys cost more than the match itself, on every received message).
 * `text` decodes a value where the protocol encodes them.
 */
export type ParameterReader = (found: RegExpExecArray, text: (raw: string) => string) => Record<string, string>;

export function subscriptionFor(key: string, channel: ChannelSpec, read?: ParameterReader): Subscription {
  const syntax = syntaxOf(channel.protocol);
  const names: string[] = [];
  const any = syntax.separator === undefined ? '(.+?)' : `([^${escapeRegExp(syntax.separator)}]+)`;
  const parts = channel.address.split(/(\{[^{}]+\})/);
  const source = parts.map((part) => {
    const match = /^\{([^{}]+)\}$/.exec(part);
    if (match === null) return escapeRegExp(part);
    names.push(match[1]!);
    return any;
  }).join('');
  const regex = new RegExp(`^${source}$`);
  const pattern = syntax.wildcard === undefined ? regex.source : channel.address.replace(/\{[^{}]+\}/g, syntax.wildcard);
  return {
    channel: key,
    address: channel.address,
    pattern,
    regex,
    extract(address: string): Record<string, string> | undefined {
      const found = regex.exec(address);
      if (found === null) return undefined;
      if (read !== undefined) return read(found, syntax.encode ? safeDecode : asIs);
      const values: Record<string, string> = {};
      for (let i = 0; i < names.length; i++) {
        const raw = found[i + 1]!;
        values[names[i]!] = syntax.encode ? safeDecode(raw) : raw;
      }
      return values;
    },
  };
}

const asIs = (text: string): string => text;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A server URL with its `{variables}` filled in: the given value, else the default; checked against `enum`. */
export function serverUrl(
  template: string,
  variables: Readonly<Record<string, { readonly default?: string; readonly enum?: readonly string[] }>>,
  values: object | undefined,
): string {
  const given = values as Readonly<Record<string, unknown>> | undefined;
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const spec = variables[name];
    const value = given?.[name] ?? spec?.default;
    if (value === undefined) throw new ClientError('invalid-parameters', `server variable '${name}' has no default: pass it in \`serverVariables\``);
    const text = String(value);
    if (spec?.enum !== undefined && !spec.enum.includes(text)) {
      throw new ClientError('invalid-parameters', `server variable '${name}' is '${text}', not one of ${spec.enum.map((v) => `'${v}'`).join(', ')}`);
    }
    return text;
  });
}
