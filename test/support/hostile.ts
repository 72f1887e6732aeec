/**
 * Hostile input for generator tests: strings that end a literal, a comment or a line somewhere, and documents
 * (opcode-envelope and plain) with one in every field that reaches generated code (channel names must be URI templates, so the plain one has none). An injection sets
 * `globalThis.__injected` or writes the file named by `MARKER` in the working directory.
 */

export const MARKER = 'INJECTED.marker';

/** Strings that end a literal, a comment or a line in some context. */
export const HOSTILE_STRINGS: string[] = [
  "'",
  '"',
  '\\',
  "\\'",
  "ws://h/\\';console.log(`INJECTED`);//",
  "';globalThis.__injected = 1;//",
  '`${globalThis.__injected = 1}`',
  '*/ globalThis.__injected = 1; /*',
  '\n globalThis.__injected = 1; //',
  '\r\nglobalThis.__injected = 1;',
  '\u2028globalThis.__injected = 1;',
  '\u2029globalThis.__injected = 1;',
  `');import('node:fs').then((fs) => fs.writeFileSync('${MARKER}', 'x'));//`,
  '\ud800',
  '\udc00lone low',
  '\u202eevil\u202c',
  '\ufeffbom',
  '\u0000nul\u0007bel\u007f',
  '--> <!-- </script>',
  '```\nrm -rf /\n```',
  '| a | b |',
  '${x}',
  '😀 astral',
];

/** Hostile strings that may also be keys (the loader refuses lone surrogates there, rightly). */
export const HOSTILE_KEYS = HOSTILE_STRINGS.filter((s) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));

const pick = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;

/** An object schema with one property per hostile key, each documented, defaulted and pinned with hostile text. */
function hostileObject(offset: number): Record<string, unknown> {
  return {
    type: 'object',
    title: pick(offset),
    description: pick(offset + 1),
    properties: Object.fromEntries(HOSTILE_KEYS.map((key, i) => [key, { type: 'string', description: pick(offset + i), default: pick(offset + i + 1), ...(i % 3 === 0 && { const: pick(offset + i + 2) }) }])),
  };
}

const enumSchema = {
  type: 'string',
  description: pick(7),
  enum: HOSTILE_STRINGS,
  // Distinct once PascalCased: a letter prefix keeps hostile strings without letters apart.
  'x-enum-varnames': HOSTILE_STRINGS.map((s, i) => `v${i} ${s}`),
};

/** A Discord-style document (`{ op, d, s, t }`): a client, send methods, a dispatch map, constants. */
export function hostileGatewayDocument(): Record<string, unknown> {
  const dispatch = (i: number) => ({
    name: `${pick(i)} dispatch ${i}`,
    title: pick(i + 1),
    summary: pick(i + 2),
    description: pick(i + 3),
    'x-intents': [pick(i + 4), 'GUILDS'],
    payload: {
      type: 'object',
      required: ['op', 't', 'd'],
      properties: { op: { type: 'integer', const: 0 }, s: { type: 'integer' }, t: { type: 'string', const: pick(i) }, d: hostileObject(i) },
    },
  });
  return {
    asyncapi: '2.6.0',
    info: { title: pick(4), version: pick(5), description: pick(8) },
    servers: { main: { url: pick(4), protocol: 'wss', description: pick(9) } },
    channels: {
      '/': {
        publish: {
          message: {
            oneOf: [
              { name: `${pick(10)} send`, summary: pick(11), payload: { type: 'object', required: ['op', 'd'], properties: { op: { type: 'integer', const: 3 }, d: { $ref: '#/components/schemas/Sent' } } } },
              { name: 'Identify', payload: { type: 'object', properties: { op: { type: 'integer', const: 2 }, d: hostileObject(3) } } },
            ],
          },
        },
        subscribe: { message: { oneOf: HOSTILE_STRINGS.map((_, i) => dispatch(i)) } },
      },
    },
    components: {
      schemas: {
        Sent: { ...hostileObject(5), properties: { ...hostileObject(5).properties as object, kind: { $ref: '#/components/schemas/Kind' }, flags: { $ref: '#/components/schemas/Flags' } } },
        Kind: enumSchema,
        Flags: { type: 'integer', description: pick(12), 'x-bitflags': Object.fromEntries(HOSTILE_KEYS.map((s, i) => [`f${i} ${s}`, i])) },
      },
    },
  };
}

/** A plain document (no envelope): messages told apart by a hostile `type` const, over a hostile ws URL. */
export function hostilePlainDocument(): Record<string, unknown> {
  const message = (i: number, direction: string) => ({
    name: `${pick(i)} ${direction} ${i}`,
    title: pick(i + 1),
    summary: pick(i + 2),
    description: pick(i + 3),
    payload: { ...hostileObject(i), properties: { ...hostileObject(i).properties as object, type: { type: 'string', const: `${pick(i)}#${i}` }, kind: { $ref: '#/components/schemas/Kind' } } },
  });
  return {
    asyncapi: '2.6.0',
    info: { title: pick(4), version: pick(5), description: pick(8) },
    servers: { main: { url: pick(4), protocol: 'ws' } },
    channels: {
      '/chat': {
        publish: { message: { oneOf: HOSTILE_STRINGS.slice(0, 6).map((_, i) => message(i, 'sent')) } },
        subscribe: { message: { oneOf: HOSTILE_STRINGS.map((_, i) => message(i + 6, 'received')) } },
      },
    },
    components: { schemas: { Kind: enumSchema } },
  };
}
