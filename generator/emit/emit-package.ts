/** The files around the code: `package.json`, and the README rendered from `templates/README.md`. */
import type { GatewayIr, MessageIr } from '../ir/types.js';
import { payloadTypeName } from '../ir/target-names.js';
import { sendMethodName, userSentMessages } from './emit-client.js';
import { READY_EVENT, RESUMED_EVENT, RUNTIME_PACKAGE, type RuntimeLink } from './gateway-target.js';
import { pascalCase } from '../ir/names.js';
import { markdownText, stringLiteral } from './escape.js';

/**
 * The bot author's guide (`templates/bot-guide.md`) and its example bot (`templates/example-bot.ts`). They are
 * written for the Discord gateway, the runtime's target, and are rendered only for a document that has every
 * name they use (see `guideFits`); any other opcode-envelope document gets the short usage example alone.
 */
export interface BotGuideTemplates {
  guide: string;
  exampleBot: string;
}

export interface PackageInfo {
  packageName: string;
  packageVersion: string;
  runtime: RuntimeLink;
  generatorVersion: string;
  specFile: string;
}

/** A semver for the package from the document's `info.version` (`'10'` -> `10.0.0`). */
export function packageVersionFor(version: string): string {
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) return version;
  const numbers = version.match(/\d+/g) ?? ['0'];
  return [...numbers, '0', '0'].slice(0, 3).map(Number).join('.');
}

/**
 * The package.json of a generated package; only its dependencies differ between the two kinds. `optionalPeers`:
 * client libraries the package imports only when a server of their protocol is used (the user installs them).
 */
export function emitPackageJson(ir: GatewayIr, info: PackageInfo, dependencies: Record<string, string>, optionalPeers: Record<string, string> = {}): string {
  const peers = Object.keys(optionalPeers).sort();
  const pkg = {
    name: info.packageName,
    version: info.packageVersion,
    description: `Typed client for ${ir.title}, generated from its AsyncAPI document by gen-gateway.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20' },
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'src', 'README.md'],
    dependencies,
    ...(peers.length > 0 && {
      peerDependencies: Object.fromEntries(peers.map((p) => [p, optionalPeers[p]])),
      peerDependenciesMeta: Object.fromEntries(peers.map((p) => [p, { optional: true }])),
    }),
    'gen-gateway': { generator: info.generatorVersion, spec: info.specFile },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Text for one markdown table cell: pipes escaped, on one line. */
export function cell(text: string | undefined): string {
  return markdownText(text ?? '');
}

export function table(header: string[], rows: string[][]): string {
  if (rows.length === 0) return '_None._';
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`template placeholder {{${key}}} has no value`);
    return values[key]!;
  });
}

/**
 * The README's example: a handler for the first dispatch the runtime does not itself consume, and the intent it
 * needs spelled with the document's bit-flag constant when there is one.
 */
function usageExample(ir: GatewayIr, info: PackageInfo, received: MessageIr[]): string {
  const example = received.find((m) => m.event !== undefined && m.event !== READY_EVENT && m.event !== RESUMED_EVENT);
  const flags = ir.schemas.find((s) => s.schema['x-bitflags'] !== undefined);
  const intent = example?.intents.find((i) => flags?.schema['x-bitflags']?.[i] !== undefined);
  const intents = flags !== undefined && intent !== undefined ? `${flags.name}.${pascalCase(intent)}` : '0';
  return [
    '```ts',
    `import { GatewayClient${intents === '0' ? '' : `, ${flags!.name}`} } from ${stringLiteral(info.packageName)};`,
    '',
    `const client = new GatewayClient({ token: process.env.TOKEN!, intents: ${intents} });`,
    ...(example === undefined ? [] : [`client.on(${stringLiteral(example.event!)}, (data, frame) => { /* data: ${example.data?.schema.$ref ?? 'unknown'}; frame.s is its sequence */ });`]),
    "const ready = await client.connect(); // READY's data",
    '```',
  ].join('\n');
}

/** The schema whose `x-bitflags` are the intents, if the document has one. */
function intentFlags(ir: GatewayIr): { name: string; flags: Record<string, number>; privileged: string[] } | undefined {
  const named = ir.schemas.find((s) => s.schema['x-bitflags'] !== undefined);
  if (named === undefined) return undefined;
  return { name: named.name, flags: named.schema['x-bitflags']!, privileged: named.schema['x-privileged-flags'] ?? [] };
}

/** The names the guide and its example bot use (besides the runtime's own): without them they would not compile. */
const GUIDE_FLAGS = ['GUILDS', 'GUILD_MESSAGES', 'MESSAGE_CONTENT'];
const GUIDE_EVENTS = [READY_EVENT, 'MESSAGE_CREATE'];

function guideFits(ir: GatewayIr): boolean {
  const flags = intentFlags(ir);
  const events = new Set(ir.messages.map((m) => m.event));
  return flags !== undefined && GUIDE_FLAGS.every((f) => f in flags.flags) && GUIDE_EVENTS.every((e) => events.has(e));
}

function intentsTable(ir: GatewayIr): string {
  const flags = intentFlags(ir)!;
  const rows = Object.entries(flags.flags).map(([flag, bit]) => {
    const events = ir.messages.filter((m) => m.intents.includes(flag)).map((m) => m.event ?? m.name);
    return [`\`${flags.name}.${pascalCase(flag)}\``, `1 << ${bit}`, flags.privileged.includes(flag) ? 'yes' : '', cell(events.join(', '))];
  });
  return table(['Intent', 'Value', 'Privileged', 'Events'], rows);
}

function renderGuide(ir: GatewayIr, info: PackageInfo, templates: BotGuideTemplates): string {
  const flags = intentFlags(ir)!;
  const values = {
    packageName: info.packageName,
    flagsName: flags.name,
    privilegedIntents: flags.privileged.length === 0 ? 'none in this document' : flags.privileged.map((f) => `\`${pascalCase(f)}\``).join(', '),
    intentsTable: intentsTable(ir),
  };
  return renderTemplate(templates.guide, { ...values, exampleBot: renderTemplate(templates.exampleBot, values).trimEnd() }).trimEnd();
}

function dependenciesNote(info: PackageInfo): string {
  return info.runtime.kind === 'bundled'
    ? 'Its only dependency is `ws`: the connection runtime (heartbeat, resume, rate limits, compression) is compiled into the package (`dist/runtime/`), so it installs from its folder alone (`npm install ./path/to/this/folder`). Node 20 or later; its declarations need neither `@types/node` nor the DOM library.'
    : `It depends on \`${RUNTIME_PACKAGE}\` (the connection: heartbeat, resume, rate limits, compression) and, through it, on \`ws\`.`;
}

export function emitReadme(template: string, ir: GatewayIr, info: PackageInfo, guide?: BotGuideTemplates): string {
  const methods = new Map(userSentMessages(ir).map((m) => [m.key, sendMethodName(m)]));
  const sent = ir.messages.filter((m) => m.direction === 'send');
  const received = ir.messages.filter((m) => m.direction === 'receive');
  const how = (m: MessageIr) => (methods.has(m.key) ? `\`client.${methods.get(m.key)}(d)\`` : 'sent by the runtime');
  const usage = usageExample(ir, info, received);
  // Plain-payload documents have their own README (emit/plain/emit-plain-package.ts).
  if (ir.envelope.kind !== 'opcode') throw new Error('emitReadme renders opcode-envelope packages only');
  const { opcodeField, dataField, sequenceField, eventField } = ir.envelope;
  const fields = [opcodeField, dataField, sequenceField, eventField].filter((f): f is string => f !== undefined).join(', ');
  const envelope = `Every frame is \`{ ${fields} }\`: messages are told apart by the opcode \`${opcodeField}\`${eventField ? ` and, for dispatches, the event name \`${eventField}\`` : ''}.`;
  return renderTemplate(template, {
    packageName: info.packageName,
    title: markdownText(ir.title),
    version: markdownText(ir.version),
    specFile: markdownText(info.specFile),
    description: ir.description ?? '',
    dependencies: dependenciesNote(info),
    usage,
    guide: guide !== undefined && guideFits(ir) ? renderGuide(ir, info, guide) : '',
    envelope,
    sendTable: table(['Message', 'Opcode', 'Type', 'How', 'Summary'], sent.map((m) => [cell(m.name), m.opcode === undefined ? '' : String(m.opcode), `\`${payloadTypeName(m)}\``, how(m), cell(m.summary ?? m.title)])),
    receiveTable: table(['Message', 'Opcode', 'Event', 'Type', 'Intents', 'Summary'], received.map((m) => [cell(m.name), m.opcode === undefined ? '' : String(m.opcode), m.event ?? '', `\`${payloadTypeName(m)}\``, cell(m.intents.join(', ')), cell(m.summary ?? m.title)])),
  }).replace(/\n{3,}/g, '\n\n');
}
