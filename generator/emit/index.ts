/**
 * Emit stage: IR in, file map out (paths relative to the package folder, contents as strings). Each emitter
 * adds structures to its own ts-morph source file; printing happens once, here.
 */
import type { GatewayIr } from '../ir/types.js';
import { emitModels } from './emit-models.js';
import { emitMessages } from './emit-messages.js';
import { emitClient, emitEncoders, userSentMessages } from './emit-client.js';
import { emitSendSchemas } from './emit-send-schemas.js';
import { emitConstants } from './emit-constants.js';
import { emitPackageJson, emitReadme, type BotGuideTemplates, type PackageInfo } from './emit-package.js';
import { createEmitProject, printProject } from './print-project.js';
import { runtimeDependencies, runtimeModule } from './gateway-target.js';
import { runtimeBuildFor, type RuntimeBuild } from './emit-runtime.js';
import { StatementList } from './statement-list.js';
import { assertDeclared } from './check-declared.js';
import { RUNTIME_TYPE_EXPORTS, RUNTIME_VALUE_EXPORTS, type RenamedSchema } from '../ir/target-names.js';

export type { BotGuideTemplates, PackageInfo } from './emit-package.js';
export { packageVersionFor } from './emit-package.js';


export interface EmitInput {
  ir: GatewayIr;
  info: PackageInfo;
  readmeTemplate: string;
  /** The bot author's guide, for opcode-envelope documents. */
  botGuide?: BotGuideTemplates;
  /** First line of every generated source file. */
  header: string;
  /** `templates/plain/transport.ts`: needed for plain-payload documents only. */
  transportTemplate?: string;
  /** `templates/plain/address.ts`: plain-payload documents only. */
  addressTemplate?: string;
  /** `templates/plain/receive.ts`: plain-payload documents only. */
  receiveTemplate?: string;
  /** `runtime/src/validate.ts`, copied into plain-payload packages. */
  validateSource?: string;
  /** `templates/plain/broker.ts` and the shipped broker transports by module name: plain-payload documents only. */
  brokerTemplates?: Record<string, string>;
  /** The bundled runtime of `info.runtime`, maybe compiled in part already (see `warm-up.ts`); made here otherwise. */
  runtimeBuild?: RuntimeBuild;
  /** Plain-payload documents: told which schemas the package exports under another name, for the caller to warn. */
  onRenamed?: (renamed: readonly RenamedSchema[]) => void;
}

export async function emitPackage({ ir, info, readmeTemplate, botGuide, header, transportTemplate, addressTemplate, receiveTemplate, validateSource, brokerTemplates, runtimeBuild, onRenamed }: EmitInput): Promise<Map<string, string>> {
  if (ir.envelope.kind !== 'opcode') {
    if (transportTemplate === undefined || addressTemplate === undefined || receiveTemplate === undefined || validateSource === undefined) {
      throw new Error('a plain-payload document needs the transport, address and receive templates and the validator');
    }
    const { emitPlainPackage } = await import('./plain/index.js');
    return emitPlainPackage({ ir, info, readmeTemplate, transportTemplate, addressTemplate, receiveTemplate, validateSource, brokerTemplates: brokerTemplates ?? {}, header, ...(onRenamed !== undefined && { onRenamed }) });
  }
  const models = new StatementList();
  models.addStatements((await emitModels(ir)).map((m) => m.code).join('\n\n'));
  emitConstants(models, ir);
  const messages = new StatementList();
  emitMessages(messages, ir);
  const encoders = new StatementList();
  emitEncoders(encoders, ir);
  const runtime = runtimeModule(info.runtime);
  const schemas = new StatementList();
  emitSendSchemas(schemas, ir, userSentMessages(ir), runtime);
  const client = new StatementList();
  emitClient(client, ir, ir.servers[0]?.url ?? 'ws://localhost', runtime);
  const index = new StatementList();
  for (const name of ['models', 'messages', 'encoders', 'schemas', 'client']) index.addExportDeclaration({ moduleSpecifier: `./${name}.js` });
  index.addExportDeclaration({
    moduleSpecifier: runtime,
    namedExports: [...RUNTIME_VALUE_EXPORTS],
  });
  index.addExportDeclaration({
    isTypeOnly: true,
    moduleSpecifier: runtime,
    namedExports: [...RUNTIME_TYPE_EXPORTS],
  });

  const project = createEmitProject();
  for (const [name, list] of Object.entries({ models, messages, encoders, schemas, client, index })) list.print(project, `/src/${name}.ts`);
  await assertDeclared(project, ['models', 'messages', 'encoders', 'client'].map((m) => `/src/${m}.ts`), ir);
  const files = printProject(project, header);
  const build = info.runtime.kind === 'bundled' ? (runtimeBuild ?? runtimeBuildFor(info.runtime, info.generatorVersion)) : undefined;
  for (const [name, text] of build?.result() ?? []) files.set(name, text);
  files.set('package.json', emitPackageJson(ir, info, runtimeDependencies(info.runtime)));
  files.set('README.md', emitReadme(readmeTemplate, ir, info, botGuide));
  return new Map([...files].sort((a, b) => a[0].localeCompare(b[0])));
}
