/** The test helper itself: a private server that answers, restarts on the same port with its data, and stops. */
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { RedisServer, waitForPong } from './support/redis-server.js';

describe('RedisServer (test helper)', () => {
  it('starts on a free loopback port (never 6379) in a temp dir, restarts with its AOF data, and stops', async () => {
    const server = await RedisServer.start({ aof: true });
    try {
      expect(server.port).not.toBe(6379);
      const client = createClient({ url: server.url });
      await client.connect();
      const config = await client.configGet('*');
      expect(config).toMatchObject({ dir: server.dir, appendonly: 'yes', save: '', daemonize: 'no', port: String(server.port) });
      await client.set('kept', 'yes');
      client.destroy();

      await server.restart();
      const again = createClient({ url: server.url });
      await again.connect();
      expect(await again.get('kept')).toBe('yes');
      again.destroy();
    } finally {
      await server.stop();
    }
    expect(server.running).toBe(false);
    await expect(waitForPong(server.port, 300)).rejects.toThrow(/no PONG/);
  });

  it('without AOF nothing survives a restart (the option is what keeps data)', async () => {
    const server = await RedisServer.start();
    try {
      const client = createClient({ url: server.url });
      await client.connect();
      await client.set('kept', 'yes');
      client.destroy();
      await server.restart();
      const again = createClient({ url: server.url });
      await again.connect();
      expect(await again.get('kept')).toBeNull();
      again.destroy();
    } finally {
      await server.stop();
    }
  });
});
