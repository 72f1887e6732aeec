/** Shared by the identify tests: queues on the file's server under a fresh prefix, closed after each test. */
import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { RedisIdentifyQueue, type IdentifyGrant, type RedisGatewayError, type RedisIdentifyQueueOptions } from '../../src/index.js';

export interface Recorded {
  grants: IdentifyGrant[];
  errors: RedisGatewayError[];
}

/** `make(options)` builds a queue on `url()` (prefix fresh per call of `newPrefix`), recording grants and errors. */
export function useQueues(url: () => string) {
  const queues: RedisIdentifyQueue[] = [];
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
  });
  return {
    newPrefix: (): string => `test-${randomUUID().slice(0, 8)}:`,
    make(options: Partial<RedisIdentifyQueueOptions> & { prefix: string }): RedisIdentifyQueue & Recorded {
      const queue = new RedisIdentifyQueue({ redis: url(), pollMs: 100, leaseMs: 5000, commandTimeoutMs: 500, ...options });
      const recorded = Object.assign(queue, { grants: [] as IdentifyGrant[], errors: [] as RedisGatewayError[] });
      queue.on('grant', (grant) => recorded.grants.push(grant));
      queue.on('error', (error) => recorded.errors.push(error));
      queues.push(queue);
      return recorded;
    },
  };
}

/** Differences between consecutive values. */
export function gaps(values: number[]): number[] {
  return values.slice(1).map((value, i) => value - (values[i] as number));
}
