/**
 * The fleet start of the issue, as it runs: 3 host processes share 16 shards with `maxConcurrency` 2 and
 * Discord's real 5 s window. Every shard identifies exactly once; within a bucket (`shard % 2`) the grants are at
 * least 5 s apart by Redis' clock and in shard order; so at most 2 identifies in any 5 s, fleet-wide.
 */
import { expect, it } from 'vitest';
import { GatewayServer } from '../../test/support/gateway-server.js';
import { Child, type Message } from './support/child.js';
import { useRedisServer } from './support/redis-server.js';
import { afterTest } from './support/after-test.js';

const server = useRedisServer();

const SHARDS = 16;
const WINDOW_MS = 5000;

function host(gateway: GatewayServer, capacity: number, config: Record<string, unknown> = {}): Child {
  const child = new Child('shard-host.mjs', {
    redis: server().url, prefix: 'fleet:', url: gateway.url, token: 'fleet-test-token.SECRET', shardCount: SHARDS, capacity,
    leaseTtlMs: 3000, pollMs: 250, windowMs: WINDOW_MS, maxConcurrency: 2, ...config,
  });
  afterTest(() => child.kill('SIGKILL'));
  return child;
}

it('3 hosts, 16 shards, maxConcurrency 2: one identify per shard, each bucket in shard order, grants of a bucket >= 5 s apart by Redis time', async () => {
  const gateway = await GatewayServer.start();
  afterTest(() => gateway.close());
  // The first host takes shards 0-5 before the others start, so the first grants go to the lowest shards.
  const first = host(gateway, 6);
  await first.waitFor((m) => m.event === 'started');
  const hosts = [first, host(gateway, 6), host(gateway, 6)];
  const grantsOf = (): Message[] => hosts.flatMap((child) => child.messages.filter((m) => m.event === 'grant'));
  const deadline = Date.now() + 60_000;
  while (grantsOf().length < SHARDS) {
    if (Date.now() > deadline) throw new Error(`${grantsOf().length} of ${SHARDS} shards granted within 60 s; the hosts printed:\n${hosts.map((child) => child.log).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const grants = grantsOf().map((m) => ({ shardId: m.shardId as number, bucket: m.bucket as number, at: m.at as number })).sort((a, b) => a.at - b.at);
  expect(grants.map((grant) => grant.shardId).sort((a, b) => a - b)).toEqual([...Array(SHARDS).keys()]);
  for (const bucket of [0, 1]) {
    const ofBucket = grants.filter((grant) => grant.bucket === bucket);
    expect(ofBucket.every((grant) => grant.shardId % 2 === bucket)).toBe(true);
    expect(ofBucket.map((grant) => grant.shardId)).toEqual([...Array(SHARDS / 2).keys()].map((i) => 2 * i + bucket));
    for (let i = 1; i < ofBucket.length; i++) expect(ofBucket[i]!.at - ofBucket[i - 1]!.at).toBeGreaterThanOrEqual(WINDOW_MS);
  }
  // Fleet-wide: never more than maxConcurrency grants in any window.
  for (const grant of grants) expect(grants.filter((other) => other.at >= grant.at && other.at < grant.at + WINDOW_MS).length).toBeLessThanOrEqual(2);

  // The gateway saw one Identify per shard, each from the host that holds the shard.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const identified = gateway.connections.flatMap((connection) => connection.framesWith(2)).map((frame) => (frame.d as { shard: [number, number] }).shard[0]);
  expect(identified.sort((a, b) => a - b)).toEqual([...Array(SHARDS).keys()]);
  const claimedBy = hosts.map((child) => child.messages.filter((m) => m.event === 'claimed').map((m) => m.shardId as number));
  expect(claimedBy.flat().sort((a, b) => a - b)).toEqual([...Array(SHARDS).keys()]);
}, 90_000);

it('the daily budget through the hosts: remaining 3 and 5 shards on 2 hosts give 3 identifies, then IDENTIFY_BUDGET_EXHAUSTED, no fourth', async () => {
  const gateway = await GatewayServer.start();
  afterTest(() => gateway.close());
  const config = { prefix: 'budget:', shardCount: 5, windowMs: 100, maxConcurrency: 1, sessionStartLimit: { remaining: 3, resetAfter: 3_600_000 } };
  const hosts = [host(gateway, 3, config), host(gateway, 3, config)];
  const exhausted = (): Message[] => hosts.flatMap((child) => child.messages.filter((m) => m.event === 'error' && m.code === 'IDENTIFY_BUDGET_EXHAUSTED'));
  const deadline = Date.now() + 20_000;
  // Both hosts wait for shards the budget no longer covers, and each says why.
  while (exhausted().length < 2) {
    if (Date.now() > deadline) throw new Error(`no IDENTIFY_BUDGET_EXHAUSTED from both hosts; they printed:\n${hosts.map((child) => child.log).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Another second: still no fourth Identify anywhere.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const identified = gateway.connections.flatMap((connection) => connection.framesWith(2)).map((frame) => (frame.d as { shard: [number, number] }).shard[0]);
  expect(identified.sort()).toEqual([0, 1, 2]);
  expect(hosts.flatMap((child) => child.messages.filter((m) => m.event === 'grant'))).toHaveLength(3);
  expect(String(exhausted()[0]?.message)).toMatch(/identify budget is spent/);
}, 40_000);
