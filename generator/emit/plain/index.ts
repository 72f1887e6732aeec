/**
 * Emit stage for plain-payload documents (no `{ op, d }` envelope, any protocol): models, message unions and
 * guards, a `Client` over a `Transport`, and the transport file itself, copied from `templates/plain/`.
 */
import type { SourceFile } from 'ts-morph';
import type { GatewayIr } from '../../ir/types.js';
import { emitModels } from '../emit-models.js';
import type { PackageInfo } from '../emit-package.js';
import { createEmitProject, printProject } from '../print-project.js';
import { emitPlainMessages } from './emit-plain-messages.js';
import { StatementList } from '../statement-list.js';
import { emitPlainClient } from './emit-plain-client.js';
import { emitPlainChannels } from './emit-plain-channels.js';
import { emitPlainSchemas } from './emit-plain-schemas.js';
import { assertDeclared } from '../check-declared.js';
import { emitPlainPackageJson, emitPlainReadme } from './emit-plain-package.js';
import { emitPlainServerTransports } from './emit-plain-server-transports.js';
import { BROKER_MODULE, brokerTemplateModules, shippedTransports } from './shipped-transports.js';
import { freeModelName, type RenamedSchema } from '../../ir/target-names.js';

/** A module's exported declarations, read from its syntax (no type checker). */
function exportedNames(file: SourceFile): { values: string[]; types: string[] } {
  const named = (nodes: Array<{ isExported(): boolean; getName(): string | undefined }>) => nodes.filter((n) => n.isExported()).map((n) => n.getName()!).filter(Boolean);
  const values = [
    ...named(file.getFunctions()),
    ...named(file.getClasses()),
    ...file.getVariableStatements().filter((v) => v.isExported()).flatMap((v) => v.getDeclarations().map((d) => d.getName())),
  ];
  const types = [...named(file.getInterfaces()), ...named(file.getTypeAliases())];
  return { values: [...new Set(values)].sort(), types: [...new Set(types)].sort() };
}

export interface PlainEmitInput {
  ir: GatewayIr;
  info: PackageInfo;
  readmeTemplate: string;
  /** `templates/plain/transport.ts`, copied into the package as `src/transport.ts`. */
  transportTemplate: string;
  /** `templates/plain/address.ts`, copied into the package as `src/address.ts`. */
  addressTemplate: string;
  /** `templates/plain/receive.ts`, copied into the package as `src/receive.ts`. */
  receiveTemplate: string;
  /**
   * `runtime/src/validate.ts`, copied into the package as `src/validate.ts`: the Discord client's send validator,
   * for both directions here. A copy, not a dependency: a plain package needs nothing at run time but `ws`. Not
   * Ajv's precompiled code, which `require`s Ajv's runtime helpers (string length, deep equality) and so would
   * add a dependency; this one also names the field as the Discord client does, hides values under secret-looking
   * keys, and is bounded for hostile input (cycles, depth, visits).
   */
  validateSource: string;
  /** `templates/plain/broker.ts` and the shipped transports, by module name: those the servers use are copied. */
  brokerTemplates: Readonly<Record<string, string>>;
  header: string;
  /** Told which schemas the package exports under another name (the caller warns about them). */
  onRenamed?: (renamed: readonly RenamedSchema[]) => void;
}

/** The document's schemas whose names the package's own exports take, each with a free `<Name>Model` alias. */
function shadowedModels(ir: GatewayIr, ours: ReadonlySet<string>): RenamedSchema[] {
  const models = new Set(ir.schemas.map((s) => s.name));
  const renamed: RenamedSchema[] = [];
  for (const schema of ir.schemas) {
    if (!ours.has(schema.name)) continue;
    const to = freeModelName(schema.name, (n) => ours.has(n) || models.has(n));
    models.add(to);
    renamed.push({ from: schema.name, to, schema });
  }
  return renamed;
}

function template(templates: Readonly<Record<string, string>>, module: string): string {
  const text = templates[module];
  if (text === undefined) throw new Error(`the template plain/${module}.ts was not read`);
  return text;
}

export async function emitPlainPackage({ ir, info, readmeTemplate, transportTemplate, addressTemplate, receiveTemplate, validateSource, brokerTemplates, header, onRenamed }: PlainEmitInput): Promise<Map<string, string>> {
  const project = createEmitProject();
  const models = new StatementList();
  const code = (await emitModels(ir)).map((m) => m.code).join('\n\n');
  // A document without a single schema still gets a module, so `import type * as M` always resolves.
  models.addStatements(code === '' ? 'export {};' : code);
  models.print(project, '/src/models.ts');
  const messages = new StatementList();
  emitPlainMessages(messages, ir);
  messages.print(project, '/src/messages.ts');
  const client = new StatementList();
  emitPlainClient(client, ir);
  client.print(project, '/src/client.ts');
  const channels = new StatementList();
  emitPlainChannels(channels, ir);
  channels.print(project, '/src/channels.ts');
  const schemas = new StatementList();
  emitPlainSchemas(schemas, ir);
  schemas.print(project, '/src/schemas.ts');
  project.createSourceFile('/src/transport.ts', transportTemplate, { overwrite: true });
  project.createSourceFile('/src/address.ts', addressTemplate, { overwrite: true });
  project.createSourceFile('/src/receive.ts', receiveTemplate, { overwrite: true });
  project.createSourceFile('/src/validate.ts', validateSource, { overwrite: true });
  // A broker transport only where a server speaks its protocol: its library stays out of other packages.
  const shipped = shippedTransports(ir);
  const modules = ['messages', 'channels', 'address', 'transport'];
  if (shipped.length > 0) {
    for (const module of brokerTemplateModules(shipped)) project.createSourceFile(`/src/${module}.ts`, template(brokerTemplates, module), { overwrite: true });
    const servers = new StatementList();
    emitPlainServerTransports(servers, ir);
    servers.print(project, '/src/servers.ts');
    modules.push(BROKER_MODULE, ...shipped.map((t) => t.module), 'servers');
  }
  modules.push('client');
  const index = new StatementList();
  // Models by `export *`; ours by name, which takes precedence: a schema called `Client` cannot break the package.
  index.addExportDeclaration({ moduleSpecifier: './models.js' });
  const ours = new Set<string>();
  for (const name of modules) {
    const { values, types } = exportedNames(project.getSourceFileOrThrow(`/src/${name}.ts`));
    if (values.length > 0) index.addExportDeclaration({ moduleSpecifier: `./${name}.js`, namedExports: values });
    if (types.length > 0) index.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${name}.js`, namedExports: types });
    for (const exported of [...values, ...types]) ours.add(exported);
  }
  // ... and a model ours hide is exported under another name, so it stays importable.
  const hidden = shadowedModels(ir, ours);
  if (hidden.length > 0) index.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js', namedExports: hidden.map(({ from, to }) => ({ name: from, alias: to })) });
  if (hidden.length > 0) onRenamed?.(hidden);
  // What a `ClientError`'s `issues` hold; the validator itself stays internal.
  index.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './validate.js', namedExports: ['ValidationIssue'] });
  index.print(project, '/src/index.ts');
  await assertDeclared(project, ['models', 'messages', 'channels', 'client', ...(shipped.length > 0 ? ['servers'] : [])].map((m) => `/src/${m}.ts`), ir);
  const files = printProject(project, header);
  files.set('package.json', emitPlainPackageJson(ir, info));
  files.set('README.md', emitPlainReadme(readmeTemplate, ir, info));
  return new Map([...files].sort((a, b) => a[0].localeCompare(b[0])));
}
