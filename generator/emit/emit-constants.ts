/**
 * Value-level companions of named schemas: `x-enum-varnames` enums become a const object beside their literal
 * union (`ChannelType.GuildText`), and `x-bitflags` integers a const object of flag values
 * (`GatewayIntents.GuildMessages`). The const shares the type's name, as TypeScript allows.
 */
import type { GatewayIr } from '../ir/types.js';
import { pascalCase } from '../ir/names.js';
import { addConstStatement } from './literal-writer.js';
import type { StatementList } from './statement-list.js';

export function emitConstants(file: StatementList, ir: GatewayIr): void {
  for (const { name, schema } of ir.schemas) {
    const names = schema['x-enum-varnames'];
    if (names !== undefined && schema.enum !== undefined && names.length === schema.enum.length) {
      addConstStatement(file, {
        name,
        docs: `The members of {@link ${name}} by name.`,
        value: { ...Object.fromEntries(names.map((n, i) => [pascalCase(n), schema.enum![i]])), ...schema['x-enum-aliases'] },
        suffix: ' as const',
      });
    }
    const flags = schema['x-bitflags'];
    if (flags !== undefined) {
      const entries = Object.entries(flags).sort((a, b) => a[1] - b[1]);
      addConstStatement(file, {
        name,
        docs: `Bit flags of {@link ${name}}; combine them with \`|\`.${schema.description ? `\n\n${schema.description}` : ''}`,
        value: Object.fromEntries(entries.map(([flag, bit]) => [pascalCase(flag), 2 ** bit])),
        suffix: ' as const',
      });
    }
  }
}
