/**
 * Servers with their URL templates and variables (AsyncAPI 2.6 §Server Object `url`, 3.0 §Server Object
 * `host` + `pathname`; §Server Variable Object `enum`, `default`). Variable values are strings.
 */
import type { ServerIr, ServerVariableIr } from './types.js';
import { readBindings } from './build-bindings.js';

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function buildVariable(name: string, raw: unknown): ServerVariableIr {
  const variable = isRecord(raw) ? raw : {};
  const values = Array.isArray(variable.enum) ? variable.enum.map(scalar).filter((v): v is string => v !== undefined) : [];
  const fallback = scalar(variable.default);
  const description = text(variable.description);
  return { name, ...(fallback !== undefined && { default: fallback }), ...(values.length > 0 && { enum: values }), ...(description !== undefined && { description }) };
}

/** The template with each variable that has a value replaced; the others stay `{name}`. */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function buildServers(doc: Raw): ServerIr[] {
  const servers = isRecord(doc.servers) ? doc.servers : {};
  return Object.entries(servers).flatMap(([name, server]) => {
    if (!isRecord(server)) return [];
    const protocol = text(server.protocol) ?? 'ws';
    // 3.x splits the URL into host + pathname; 2.x keeps one url, with or without its scheme.
    const joined = text(server.url) ?? `${text(server.host) ?? 'localhost'}${text(server.pathname) ?? ''}`;
    const template = /^[a-z][a-z0-9+.-]*:\/\//i.test(joined) ? joined : `${protocol}://${joined}`;
    const declared = isRecord(server.variables) ? server.variables : {};
    const used = [...new Set([...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!))];
    const variables = used.map((v) => buildVariable(v, declared[v]));
    const url = fillTemplate(template, Object.fromEntries(variables.map((v) => [v.name, v.default])));
    const description = text(server.description);
    const bindings = readBindings(server);
    return [{ name, url, template, protocol, variables, ...(description !== undefined && { description }), ...(bindings !== undefined && { bindings }) }];
  });
}
