/**
 * Section 4: idle connected shards. The client process first connects a few warm-up shards (so the code
 * paths are compiled and one-time costs are paid), GCs and takes a baseline; then connects `shards` more
 * (each Hello -> Identify -> READY, heartbeats running), waits, GCs and measures again. Per shard =
 * (after - baseline) / shards, for RSS, heap used and external (where zlib and ws keep buffers). Bare
 * `ws` (with one inflate context per socket for zlib-stream) is the reference.
 */
import { Child, median } from './lib.mjs';

export async function memory(party, mode, { shards, rounds }) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const server = new Child('parties/server.mjs', [], { label: 'server' });
    const client = new Child('parties/client.mjs', [party, mode], { label: `${party}/${mode}` });
    try {
      const { port } = await server.next('listening', 20_000);
      await client.next('started', 20_000);
      const warm = 5;
      await client.request({ type: 'connect', port, shards: warm }, 'connected', 120_000);
      await server.request({ type: 'waitConnections', count: warm }, 'connections');
      const before = await client.request({ type: 'memory' }, 'memory');
      const { ms } = await client.request({ type: 'connect', port, shards }, 'connected', 120_000);
      await server.request({ type: 'waitConnections', count: warm + shards }, 'connections');
      const after = await client.request({ type: 'memory' }, 'memory');
      samples.push({
        connectMs: ms,
        rss: (after.rss - before.rss) / shards,
        heapUsed: (after.heapUsed - before.heapUsed) / shards,
        external: (after.external - before.external) / shards,
      });
    } finally {
      await Promise.all([client.stop(), server.stop()]);
    }
  }
  return {
    shards,
    rssPerShard: median(samples.map((s) => s.rss)),
    heapPerShard: median(samples.map((s) => s.heapUsed)),
    externalPerShard: median(samples.map((s) => s.external)),
    connectMs: median(samples.map((s) => s.connectMs)),
  };
}
