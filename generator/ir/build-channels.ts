/**
 * Channels, their parameters and servers, from the operations that use them (plain envelopes only). A
 * parameter is every `{name}` of the address (AsyncAPI 2.6 §Channel Item "parameters", 3.0 §Parameter Object):
 * 2.x types it with a `schema`, 3.x with `enum`/`default`/`examples` (always a string).
 */
import type { ChannelIr, JsonSchema, ParameterIr, SourceRef } from './types.js';
import type { FoundChannel } from './collect-messages.js';
import { NameRegistry, pascalCase } from './names.js';
import { readBindings } from './build-bindings.js';

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a parameter value may be, as a schema: the kept keywords only (the rest means nothing for a string in an address). */
const PARAMETER_KEYWORDS = ['type', 'enum', 'const', 'pattern', 'default', 'examples', 'minLength', 'maxLength', 'minimum', 'maximum', 'format'] as const;

/** Every `{name}` of an address, in order, repeats included (the runtime's address regex has a group for each). */
export function addressPlaceholders(address: string): string[] {
  return [...address.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}

/** The `{name}`s of an address, in order, each once. */
export function addressParameters(address: string): string[] {
  return [...new Set(addressPlaceholders(address))];
}

export function buildParameter(name: string, raw: unknown, v3: boolean): ParameterIr {
  const declared = isRecord(raw) ? raw : {};
  // 2.x: the value's schema; 3.x: the parameter object itself holds enum/default/examples.
  const source = !v3 && isRecord(declared.schema) ? declared.schema : declared;
  const schema: JsonSchema = {};
  for (const keyword of PARAMETER_KEYWORDS) if (source[keyword] !== undefined) (schema as Raw)[keyword] = source[keyword];
  if (v3 || schema.type === undefined) schema.type = 'string';
  const description = typeof declared.description === 'string' && declared.description.trim() !== '' ? declared.description : undefined;
  return { name, schema, ...(description !== undefined && { description }) };
}

/**
 * The names of the servers a channel lives on. 2.x lists names; 3.x lists (resolved) server objects, found by
 * identity, else by host and protocol. Empty: every server.
 */
export function channelServers(doc: Raw, channel: Raw): string[] {
  if (!Array.isArray(channel.servers)) return [];
  const servers = Object.entries(isRecord(doc.servers) ? doc.servers : {});
  return channel.servers.flatMap((entry) => {
    if (typeof entry === 'string') return servers.some(([name]) => name === entry) ? [entry] : [];
    if (!isRecord(entry)) return [];
    const found = servers.find(([, s]) => s === entry) ?? servers.find(([, s]) => isRecord(s) && s.host === entry.host && s.protocol === entry.protocol && s.pathname === entry.pathname);
    return found === undefined ? [] : [found[0]];
  });
}

export class ChannelTable {
  readonly channels: ChannelIr[] = [];

  constructor(
    private readonly doc: Raw,
    private readonly registry: NameRegistry,
    private readonly file: string,
  ) {}

  /** The channel's key, adding it on first use. */
  add(found: FoundChannel): string {
    if (this.channels.some((c) => c.key === found.key)) return found.key;
    const v3 = !String(this.doc.asyncapi ?? '').startsWith('2');
    const declared = isRecord(found.raw.parameters) ? found.raw.parameters : {};
    const source: SourceRef = { file: this.file, pointer: found.pointer };
    const bindings = readBindings(found.raw);
    this.channels.push({
      key: found.key,
      name: this.registry.derive(pascalCase(found.key), `channel:${this.file}#${found.pointer}`),
      address: found.address,
      parameters: addressParameters(found.address).map((name) => buildParameter(name, declared[name], v3)),
      servers: channelServers(this.doc, found.raw),
      ...(bindings !== undefined && { bindings }),
      source,
    });
    return found.key;
  }
}
