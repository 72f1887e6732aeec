import { describe, expect, it } from 'vitest';
import { arrayText, typeText } from '../../generator/emit/type-text.js';
import type { JsonSchema } from '../../generator/ir/types.js';

describe('typeText', () => {
  it.each<[string, { given: JsonSchema; want: string }]>([
    ['reference', { given: { $ref: 'User' }, want: 'User' }],
    ['integer const', { given: { type: 'integer', const: 0 }, want: '0' }],
    ['string const', { given: { type: 'string', const: "it's" }, want: "'it\\'s'" }],
    ['nullable integer', { given: { type: ['integer', 'null'] }, want: 'number | null' }],
    ['enum', { given: { enum: ['online', 'dnd'] }, want: "'online' | 'dnd'" }],
    ['oneOf', { given: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, want: 'string | string[]' }],
    ['nullable ref', { given: { oneOf: [{ $ref: 'User' }, { type: 'null' }] }, want: 'User | null' }],
    ['array of union', { given: { type: 'array', items: { oneOf: [{ $ref: 'A' }, { $ref: 'B' }] } }, want: '(A | B)[]' }],
    ['bounded array is a tuple', { given: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 }, want: '[number, number]' }],
    ['free-form object', { given: { type: 'object' }, want: 'Record<string, unknown>' }],
    ['dictionary', { given: { type: 'object', additionalProperties: { $ref: 'Role' } }, want: 'Record<string, Role>' }],
    ['no type at all', { given: {}, want: 'unknown' }],
    ['nothing is valid (not: {})', { given: { not: {} }, want: 'never' }],
  ])('%s', (_, { given, want }) => expect(typeText(given)).toBe(want));

  it('makes optional tuple members past minItems', () => {
    expect(arrayText('string', 1, 3)).toBe('[string, string?, string?]');
    expect(arrayText('string', undefined, 100)).toBe('string[]');
  });
});
