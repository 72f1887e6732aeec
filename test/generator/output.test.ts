import { readFileSync, readdirSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, generateFiles } from '../../generator/index.js';
import { writeOutput } from '../../generator/write/write-output.js';
import { DISCORD_SPEC, FIXED_SEED, ROOT, runCli, tempDir } from './helpers.js';

// The Discord document takes most of a minute to parse on a loaded CI machine: generated once for this file.
let discord: Promise<Map<string, string>> | undefined;
const discordFiles = (): Promise<Map<string, string>> => (discord ??= generateFiles({ spec: DISCORD_SPEC }).then((r) => r.files));

describe('the Discord client package', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await discordFiles();
  }, 120_000);

  // The committed output was written by another process at another time: equal files mean equal runs.
  it('matches what is committed under generated/ (the drift check), so it is byte-identical from run to run', async () => {
    // The manifest's generatorHash follows the generator's sources, which a work tree may have edited.
    const comparable = (file: string, text: string) => (file === '.gen-gateway.json' ? text.replace(/"generatorHash": "\w+"/, '') : text);
    for (const [file, content] of files) {
      const committed = await readFile(path.join(ROOT, 'generated/discord-gateway', file), 'utf8');
      expect(comparable(file, committed), file).toBe(comparable(file, content));
    }
  });

  it('is a complete ESM package: sources, JS, declarations, package.json, README', () => {
    expect([...files.keys()]).toEqual(expect.arrayContaining([
      'package.json', 'README.md', '.gen-gateway.json', 'src/index.ts', 'dist/index.js', 'dist/index.d.ts', 'dist/client.js', 'dist/models.d.ts',
    ]));
    const pkg = JSON.parse(files.get('package.json')!) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: 'discord-gateway-client', version: '10.0.0', type: 'module' });
    // The runtime is compiled in: its own dependency is the package's only one.
    expect(pkg.dependencies).toEqual({ ws: JSON.parse(readFileSync(path.join(ROOT, 'runtime/package.json'), 'utf8')).dependencies.ws });
  });

  it('bundles every runtime module as source, JS and declarations, and imports it from there', () => {
    const runtimeSources = readdirSync(path.join(ROOT, 'runtime/src')).filter((f) => f.endsWith('.ts')).sort();
    for (const name of runtimeSources) {
      const source = files.get(`src/runtime/${name}`);
      expect(source, name).toBe(`// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.\n${readFileSync(path.join(ROOT, 'runtime/src', name), 'utf8')}`);
      expect(files.has(`dist/runtime/${name.replace(/\.ts$/, '.js')}`), name).toBe(true);
      expect(files.has(`dist/runtime/${name.replace(/\.ts$/, '.d.ts')}`), name).toBe(true);
    }
    expect(files.get('src/client.ts')).toMatch(/from '\.\/runtime\/index\.js';/);
    for (const [file, content] of files) expect(content, file).not.toMatch(/@gen-gateway\/runtime'/);
  });

  it('never names a type AnonymousSchema', () => {
    for (const [file, content] of files) expect(content, file).not.toMatch(/AnonymousSchema/);
  });

  it('types op as a literal on every message whose schema has a const', () => {
    const messages = files.get('src/messages.ts')!;
    const payloads = [...messages.matchAll(/export interface (\w+Payload) \{([^}]*)\}/g)];
    expect(payloads).toHaveLength(53);
    for (const [, name, body] of payloads) expect(body, name).toMatch(/\n\s+op: \d+;/);
    expect(messages).toMatch(/export interface HelloPayload \{\n\s+op: 10;/);
    expect(messages).toMatch(/export interface MessageCreatePayload \{\n\s+op: 0;\n\s+s: number;\n\s+t: 'MESSAGE_CREATE';\n\s+d: MessageCreateEvent;/);
  });

  it('keeps wire names, literal unions and nullability in the payload types', () => {
    const models = files.get('src/models.ts')!;
    expect(models).toMatch(/large_threshold\?: number;/);
    expect(models).toMatch(/export type PresenceUpdateStatus = .*'online'.*'dnd'/);
    expect(models).toMatch(/channel_id: Snowflake \| null;/);
    expect(models).not.toMatch(/additionalProperties/);
    expect(models).toMatch(/shard\?: \[number, number\];/);
  });

  it('renders a property that is never present (not: {}) as never, with its description', () => {
    const models = files.get('src/models.ts')!;
    expect(models).toMatch(/export interface UserApplicationCommandInteractionData \{[^}]*\/\*\* Never present: only chat input commands have options \*\/\n  options\?: never;/);
    expect(models).toMatch(/export interface ChatInputApplicationCommandInteractionData \{[^}]*\n  options\?: ApplicationCommandInteractionDataOption\[\];[^}]*\n  target_id\?: never;/);
  });

  it('documents every message with its title, summary, description and intents', () => {
    const messages = files.get('src/messages.ts')!;
    expect(messages).toMatch(/\* Message was created\n\s+\*\n\s+\* MESSAGE_CREATE\n\s+\*\n\s+\* Requires GUILD_MESSAGES or DIRECT_MESSAGES intent\. MESSAGE_CONTENT privileged intent required for content in guilds\.\n\s+\*\n\s+\* Intents: GUILD_MESSAGES or DIRECT_MESSAGES/);
  });

  it('emits Opcodes and GatewayIntents constants', () => {
    expect(files.get('src/messages.ts')).toMatch(/export const Opcodes = \{\n  Dispatch: 0,\n  Heartbeat: 1,\n  Identify: 2,/);
    expect(files.get('src/models.ts')).toMatch(/export const GatewayIntents = \{\n  Guilds: 1,\n  GuildMembers: 2,/);
    expect(files.get('src/models.ts')).toMatch(/  MessageContent: 32768,/);
  });

  it('renders the README from the template with both message tables', () => {
    const readme = files.get('README.md')!;
    expect(readme).toMatch(/^# discord-gateway-client/);
    expect(readme).toMatch(/\| UpdatePresence \| 3 \| `UpdatePresencePayload` \| `client.updatePresence\(d\)` \|/);
    expect(readme).toMatch(/\| Identify \| 2 \| `IdentifyPayload` \| sent by the runtime \|/);
    expect(readme).toMatch(/\| MessageCreate \| 0 \| MESSAGE_CREATE \| `MessageCreatePayload` \| GUILD_MESSAGES, DIRECT_MESSAGES \|/);
    expect(readme).not.toMatch(/\{\{/);
  });

  it('holds the bot guide: the example bot, and tables of intents (privileged marked), events, options and errors', () => {
    const readme = files.get('README.md')!;
    for (const heading of ['A bot', 'The gateway URL and the shard count', 'Keeping the session across restarts', 'Several shards', 'Lifecycle events', 'Options', 'Errors', 'Intents']) {
      expect(readme, heading).toContain(`\n## ${heading}\n`);
    }
    expect(readme).toMatch(/GatewayIntents\.MessageContent/);
    expect(readme).toContain('| `GatewayIntents.MessageContent` | 1 << 15 | yes |');
    expect(readme).toContain('| `GatewayIntents.GuildMembers` | 1 << 1 | yes | GUILD_MEMBER_ADD, GUILD_MEMBER_REMOVE, GUILD_MEMBER_UPDATE |');
    expect(readme).toContain('| `GatewayIntents.Guilds` | 1 << 0 |  |');
    expect(readme).toContain('Privileged intents (`GuildMembers`, `GuildPresences`, `MessageContent`)');
    expect(readme).toContain('Its only dependency is `ws`');
  });

  it("lists every error code, option and lifecycle event of the runtime (the guide's tables do not drift)", async () => {
    const readme = files.get('README.md')!;
    const errors = readFileSync(path.join(ROOT, 'runtime/src/errors.ts'), 'utf8');
    const codes = [...errors.matchAll(/^\s*\| '([A-Z_]+)'/gm)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(readme, code).toContain(`| \`${code}\` |`);
    const options = readFileSync(path.join(ROOT, 'runtime/src/options.ts'), 'utf8');
    const block = /export interface GatewayClientOptions[^{]*\{([\s\S]*?)\n\}/.exec(options)![1]!;
    const names = [...block.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
    expect(names).toContain('maxPendingBytes');
    for (const name of names) expect(readme, name).toMatch(new RegExp(`^\\| [^|]*\`${name}\``, 'm'));
    const { LIFECYCLE_EVENTS } = await import('../../runtime/src/protocol.js');
    for (const event of LIFECYCLE_EVENTS) expect(readme, event).toContain(`| \`${event}\` |`);
  });

});

describe('gen-gateway --check', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await cp(DISCORD_SPEC, path.join(dir, 'discord-gateway.yaml'));
    await writeOutput(path.join(dir, 'out'), await discordFiles(), { force: false });
  }, 120_000);
  afterAll(async () => cleanup());

  it('answers from hashes alone when nothing changed', async () => {
    const result = await check({ spec: path.join(dir, 'discord-gateway.yaml'), outDir: path.join(dir, 'out') });
    expect(result).toMatchObject({ upToDate: true, fast: true });
  });

  it('exits 0 on the committed output of this repo', async () => {
    const result = await runCli([path.relative(process.cwd(), DISCORD_SPEC), '--check', '--out', path.join(ROOT, 'generated/discord-gateway')]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('catches a hand edit to a generated file', async () => {
    const file = path.join(dir, 'out/src/client.ts');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original}// edited\n`);
    const result = await runCli([path.join(dir, 'discord-gateway.yaml'), '--check', '--out', path.join(dir, 'out')]);
    await writeFile(file, original);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/changed: src\/client\.ts/);
  }, 60_000);

  it('exits 1 after an edit to the spec and lists the files that differ', async () => {
    const spec = path.join(dir, 'discord-gateway.yaml');
    const text = await readFile(spec, 'utf8');
    await writeFile(spec, text.replace('summary: Message was created', 'summary: A message was posted'));
    const result = await runCli([spec, '--check', '--out', path.join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/is out of date/);
    expect(result.err).toMatch(/changed: src\/messages\.ts/);
    expect(result.err).toMatch(/changed: README\.md/);
  }, 60_000);
});

describe('the fixed seed document, with --runtime package', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = (await generateFiles({ spec: FIXED_SEED, runtime: 'package' })).files;
  }, 120_000);

  it('depends on @gen-gateway/runtime instead of bundling it', () => {
    expect(JSON.parse(files.get('package.json')!).dependencies).toEqual({ '@gen-gateway/runtime': '^0.1.0' });
    expect([...files.keys()].filter((file) => file.includes('runtime/'))).toEqual([]);
    expect(files.get('src/client.ts')).toMatch(/from '@gen-gateway\/runtime';/);
    expect(files.get('src/index.ts')).toMatch(/from '@gen-gateway\/runtime';/);
  });

  it('leaves the guide out for an opcode document without the names it uses, keeping the short example', () => {
    const readme = files.get('README.md')!;
    expect(readme).toContain('## Use');
    expect(readme).not.toContain('## A bot');
    expect(readme).not.toMatch(/\{\{/);
  });
});
