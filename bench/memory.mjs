/**
 * Section 4: idle connected shards. The client process loads its library, GCs and takes a baseline; then
 * connects `shards` shards (each Hello -> Identify -> READY, heartbeats running), waits, GCs and measures
 * again. Per shard = (after - baseline) / shards, for RSS and heap used (+ external, where zlib and ws
 * keep buffers). Bare `ws` (with one inflate context per socket for zlib-stream) is the reference.
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
      const before = await client.request({ type: 'baseline' }, 'memory');
      const { ms } = await client.request({ type: 'connect', port, shards }, 'connected', 120_000);
      await server.request({ type: 'waitConnections', count: shards }, 'connections');
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
