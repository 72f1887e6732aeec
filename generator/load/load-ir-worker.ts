/** Worker-thread entry of `loadIrOffThread`: loads the IR and posts it (or the error, as data) back. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadIr, toReply, type LoadIrOptions, type WorkerReply } from './load-ir.js';

const reply: WorkerReply = await loadIr(workerData as LoadIrOptions).then((loaded) => ({ ok: true as const, loaded }), toReply);
parentPort?.postMessage(reply);
