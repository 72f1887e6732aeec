/**
 * What the emitters assume of the IR, checked before they run, so that a document that breaks an assumption
 * gets an error at the message or schema responsible instead of an emitter crash or a package that does not
 * compile: dispatch event names are unique, enum member and flag names are strings that stay distinct as
 * identifiers, bit numbers fit a JavaScript number, literal values have a TypeScript literal, and the document
 * has something to generate.
 */
import type { GatewayIr, JsonSchema, SourceRef } from '../ir/types.js';
import { pascalCase } from '../ir/names.js';

export interface IrProblem {
  rule: string;
  message: string;
  source: SourceRef;
  /** A JSON pointer below `source.pointer` (`/x-enum-varnames/0`). */
  at?: string;
  hint?: string;
}

function duplicateDispatches(ir: GatewayIr): IrProblem[] {
  const problems: IrProblem[] = [];
  const first = new Map<string, GatewayIr['messages'][number]>();
  for (const message of ir.messages) {
    if (message.event === undefined || message.direction !== 'receive') continue;
    const other = first.get(message.event);
    if (other === undefined) {
      first.set(message.event, message);
      continue;
    }
    for (const [here, there] of [[other, message], [message, other]] as const) {
      problems.push({
        rule: 'duplicate-dispatch',
        message: `'${here.name}' and '${there.name}' are both the dispatch '${message.event}' (${there.source.pointer})`,
        source: here.source,
        hint: 'every received dispatch needs its own event name (its t const); merge the two messages or rename one',
      });
    }
  }
  return problems;
}

/** Names that must be strings and stay distinct once turned into identifiers. */
function memberNames(names: unknown[], what: string, source: SourceRef, at: string): IrProblem[] {
  const seen = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    if (typeof name !== 'string' || name.trim() === '') {
      return [{ rule: 'invalid-extension', message: `${what} must be non-empty strings; item ${i} is ${JSON.stringify(name) ?? String(name)}`, source, at: `${at}/${i}` }];
    }
    const id = pascalCase(name);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      return [{ rule: 'invalid-extension', message: `${what} '${String(names[earlier])}' and '${name}' both become the name ${id}`, source, at: `${at}/${i}` }];
    }
    seen.set(id, i);
  }
  return [];
}

/** A value that has no TypeScript literal: a non-finite number (YAML's `.inf`, `.nan`), anywhere inside. */
function unwritable(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : String(value);
  if (typeof value !== 'object' || value === null || depth > 32) return undefined;
  for (const item of Object.values(value)) {
    const found = unwritable(item, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function schemaProblems(schema: JsonSchema, source: SourceRef, at = '', depth = 0): IrProblem[] {
  if (depth > 64) return [];
  const problems: IrProblem[] = [];
  const varnames = schema['x-enum-varnames'] as unknown;
  if (varnames !== undefined) {
    if (!Array.isArray(varnames)) problems.push({ rule: 'invalid-extension', message: 'x-enum-varnames must be a list of names', source, at: `${at}/x-enum-varnames` });
    else problems.push(...memberNames([...varnames, ...Object.keys(schema['x-enum-aliases'] ?? {})], 'x-enum-varnames', source, `${at}/x-enum-varnames`));
  }
  const flags = schema['x-bitflags'] as unknown;
  if (flags !== undefined) {
    if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) problems.push({ rule: 'invalid-extension', message: 'x-bitflags must map flag names to bit numbers', source, at: `${at}/x-bitflags` });
    else {
      problems.push(...memberNames(Object.keys(flags), 'x-bitflags names', source, `${at}/x-bitflags`));
      for (const [flag, bit] of Object.entries(flags)) {
        if (!Number.isInteger(bit) || (bit as number) < 0 || (bit as number) > 52) {
          problems.push({ rule: 'invalid-extension', message: `x-bitflags: the bit of ${flag} must be an integer from 0 to 52, not ${JSON.stringify(bit)}`, source, at: `${at}/x-bitflags/${flag}` });
        }
      }
    }
  }
  const privileged = schema['x-privileged-flags'] as unknown;
  if (privileged !== undefined) {
    const known = typeof flags === 'object' && flags !== null ? Object.keys(flags) : [];
    if (!Array.isArray(privileged) || !privileged.every((flag) => typeof flag === 'string' && known.includes(flag))) {
      problems.push({ rule: 'invalid-extension', message: 'x-privileged-flags must list names of this schema\'s x-bitflags', source, at: `${at}/x-privileged-flags` });
    }
  }
  for (const keyword of ['const', 'enum', 'default'] as const) {
    const bad = unwritable(schema[keyword]);
    if (bad !== undefined) problems.push({ rule: 'invalid-value', message: `${keyword} holds ${bad}, which has no literal in TypeScript`, source, at: `${at}/${keyword}` });
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) problems.push(...schemaProblems(property, source, `${at}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1));
  const items = schema.items === undefined ? [] : Array.isArray(schema.items) ? schema.items : [schema.items];
  items.forEach((item, i) => problems.push(...schemaProblems(item, source, Array.isArray(schema.items) ? `${at}/items/${i}` : `${at}/items`, depth + 1)));
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    schema[keyword]?.forEach((branch, i) => problems.push(...schemaProblems(branch, source, `${at}/${keyword}/${i}`, depth + 1)));
  }
  if (typeof schema.additionalProperties === 'object') problems.push(...schemaProblems(schema.additionalProperties, source, `${at}/additionalProperties`, depth + 1));
  return problems;
}

/** Opcode names are keys of one `Opcodes` object: two the same would not compile. */
function duplicateOpcodeNames(ir: GatewayIr): IrProblem[] {
  const seen = new Map<string, number>();
  for (const opcode of ir.opcodes) {
    const earlier = seen.get(opcode.name);
    if (earlier !== undefined) {
      const message = ir.messages.find((m) => m.opcode === opcode.value);
      return [{ rule: 'duplicate-opcode-name', message: `opcodes ${earlier} and ${opcode.value} are both named ${opcode.name}`, source: message?.source ?? { file: '', pointer: '' }, hint: 'give the op schema of one of them its own title' }];
    }
    seen.set(opcode.name, opcode.value);
  }
  return [];
}

export function checkIr(ir: GatewayIr): IrProblem[] {
  return [
    ...duplicateDispatches(ir),
    ...duplicateOpcodeNames(ir),
    ...ir.schemas.flatMap((s) => schemaProblems(s.schema, s.source)),
  ];
}
