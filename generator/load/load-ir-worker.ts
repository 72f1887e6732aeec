/**
 * Worker-thread entry of `startLoader`: imports the parser at once, then loads the IR for the one request it
 * is sent and posts it (or the error, as data) back.
 */
import { parentPort } from 'node:worker_threads';
import { loadIr, toReply, type LoadIrOptions, type WorkerReply } from './load-ir.js';

const preloading = import('./load-document.js').then((m) => m.preloadParser());
parentPort?.once('message', async (options: LoadIrOptions) => {
  await preloading;
  const reply: WorkerReply = await loadIr(options).then((loaded) => ({ ok: true as const, loaded }), toReply);
  parentPort?.postMessage(reply);
});
