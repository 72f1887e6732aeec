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
import { emitPackageJson, emitReadme, type PackageInfo } from './emit-package.js';
import { createEmitProject, printProject } from './print-project.js';
import { RUNTIME_PACKAGE } from './gateway-target.js';
import { StatementList } from './statement-list.js';

export type { PackageInfo } from './emit-package.js';
export { packageVersionFor } from './emit-package.js';

export interface EmitInput {
  ir: GatewayIr;
  info: PackageInfo;
  readmeTemplate: string;
  /** First line of every generated source file. */
  header: string;
  /** `templates/plain/transport.ts`: needed for plain-payload documents only. */
  transportTemplate?: string;
}

export async function emitPackage({ ir, info, readmeTemplate, header, transportTemplate }: EmitInput): Promise<Map<string, string>> {
  if (ir.envelope.kind !== 'opcode') {
    if (transportTemplate === undefined) throw new Error('a plain-payload document needs the transport template');
    const { emitPlainPackage } = await import('./plain/index.js');
    return emitPlainPackage({ ir, info, readmeTemplate, transportTemplate, header });
  }
  const models = new StatementList();
  models.addStatements((await emitModels(ir)).map((m) => m.code).join('\n\n'));
  emitConstants(models, ir);
  const messages = new StatementList();
  emitMessages(messages, ir);
  const encoders = new StatementList();
  emitEncoders(encoders, ir);
  const schemas = new StatementList();
  emitSendSchemas(schemas, ir, userSentMessages(ir));
  const client = new StatementList();
  emitClient(client, ir, ir.servers[0]?.url ?? 'ws://localhost');
  const index = new StatementList();
  for (const name of ['models', 'messages', 'encoders', 'schemas', 'client']) index.addExportDeclaration({ moduleSpecifier: `./${name}.js` });
  index.addExportDeclaration({
    moduleSpecifier: RUNTIME_PACKAGE,
    namedExports: ['GatewayError', 'ShardManager', 'SimpleIdentifyQueue', 'MemorySessionStore'],
  });
  index.addExportDeclaration({
    isTypeOnly: true,
    moduleSpecifier: RUNTIME_PACKAGE,
    namedExports: ['DispatchFrame', 'GatewayClientOptions', 'GatewaySession', 'IdentifyQueue', 'SessionStore', 'SendSchema'],
  });

  const project = createEmitProject();
  for (const [name, list] of Object.entries({ models, messages, encoders, schemas, client, index })) list.print(project, `/src/${name}.ts`);
  const files = printProject(project, header);
  files.set('package.json', emitPackageJson(ir, info, { [RUNTIME_PACKAGE]: `^${info.runtimeVersion}` }));
  files.set('README.md', emitReadme(readmeTemplate, ir, info));
  return new Map([...files].sort((a, b) => a[0].localeCompare(b[0])));
}
