/**
 * What the emit stage does while the document is still being parsed on the other thread: it compiles the
 * bundled runtime (which does not depend on the document), then runs the emitters once on a tiny built-in IR.
 * The first Modelina run and the first ts-morph print of a process pay for lazy initialisation and cold code
 * (measured: 1.27 s for the Discord package cold, 0.60 s warm); paying that while the parser works takes it
 * off the critical path.
 */
import type { GatewayIr, MessageIr } from '../ir/types.js';
import { runtimeBuildFor, type RuntimeBuild } from './emit-runtime.js';
import type { RuntimeLink } from './gateway-target.js';
import { emitPackage } from './index.js';

const source = { file: 'warm-up', pointer: '' };

function message(name: string, direction: MessageIr['direction'], opcode: number, event?: string): MessageIr {
  return {
    key: name, name, direction, intents: [], opcode, payload: {}, source,
    data: { schema: { $ref: `${name}Data` }, required: true },
    ...(event !== undefined && { event }),
  };
}

const WARM_UP_IR: GatewayIr = {
  asyncapiVersion: '2.6.0',
  title: 'warm-up',
  version: '1',
  servers: [],
  operations: [],
  channels: [],
  envelope: { kind: 'opcode', opcodeField: 'op', dataField: 'd', sequenceField: 's', eventField: 't' },
  messages: [message('Identify', 'send', 2), message('UpdateStatus', 'send', 3), message('Ready', 'receive', 0, 'READY')],
  schemas: [
    { name: 'IdentifyData', fromDocument: false, source, schema: { type: 'object', required: ['token'], properties: { token: { type: 'string', description: 'x' }, shard: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } } } },
    { name: 'Status', fromDocument: true, source, schema: { type: 'integer', enum: [0, 1], 'x-enum-varnames': ['A', 'B'] } },
    { name: 'UpdateStatusData', fromDocument: false, source, schema: { type: 'object', properties: { status: { $ref: 'Status' }, since: { type: ['integer', 'null'] }, kind: { type: 'integer', const: 0 } } } },
    { name: 'ReadyData', fromDocument: false, source, schema: { type: 'object', properties: { who: { oneOf: [{ $ref: 'IdentifyData' }, { type: 'null' }] }, list: { type: 'array', items: { $ref: 'Status' } } } } },
  ],
  opcodes: [{ name: 'Dispatch', value: 0, direction: 'receive' }, { name: 'Identify', value: 2, direction: 'send' }, { name: 'UpdateStatus', value: 3, direction: 'send' }],
  warnings: [],
};

export async function warmUpEmitters(): Promise<void> {
  await emitPackage({
    ir: WARM_UP_IR,
    header: '//',
    readmeTemplate: '',
    info: { packageName: 'warm-up', packageVersion: '1.0.0', runtime: { kind: 'package', version: '0.0.0' }, generatorVersion: '0.0.0', specFile: 'warm-up' },
  });
}

/**
 * Uses the time until `irReady` settles: compiles the runtime one file per turn of the event loop (so that the
 * IR is taken up as soon as it arrives), then warms up the emitters if the IR is still not there. Resolves with
 * the runtime build, finished or not, for `emitPackage` to complete.
 */
export async function useParseTime(link: RuntimeLink, generatorVersion: string, irReady: Promise<unknown>): Promise<RuntimeBuild | undefined> {
  let ready = false;
  const settle = () => (ready = true);
  irReady.then(settle, settle);
  const build = runtimeBuildFor(link, generatorVersion);
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  do await turn();
  while (!ready && build?.step() === true);
  if (!ready) await warmUpEmitters();
  return build;
}
