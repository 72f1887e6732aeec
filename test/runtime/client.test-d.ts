import { describe, expectTypeOf, it } from 'vitest';
import { ShardManager, type DispatchFrame, type GatewayError, type ReconnectReason } from '../../runtime/src/index.js';
import { TestClient, type TestReady } from './helpers.js';

describe('GatewayClientBase typing', () => {
  const client = new TestClient({ token: 't', intents: 0 }, 'ws://x');

  it('types dispatch listeners from the dispatch map', () => {
    client.on('MESSAGE_CREATE', (d, frame) => {
      expectTypeOf(d).toEqualTypeOf<{ id: string; content: string }>();
      expectTypeOf(frame).toEqualTypeOf<DispatchFrame<'MESSAGE_CREATE', { id: string; content: string }>>();
      expectTypeOf(frame.shardId).toEqualTypeOf<number>();
    });
  });

  it('types lifecycle events', () => {
    client.on('ready', (d) => expectTypeOf(d).toEqualTypeOf<TestReady>());
    client.on('reconnecting', (reason) => expectTypeOf(reason).toEqualTypeOf<ReconnectReason>());
    client.on('close', (code, reason) => {
      expectTypeOf(code).toEqualTypeOf<number>();
      expectTypeOf(reason).toEqualTypeOf<string>();
    });
    client.on('error', (error) => expectTypeOf(error).toEqualTypeOf<GatewayError>());
    expectTypeOf(client.connect()).toEqualTypeOf<Promise<TestReady>>();
  });

  it('rejects unknown events and wrong listener types', () => {
    // @ts-expect-error not an event of this client
    client.on('NOT_AN_EVENT', () => undefined);
    // @ts-expect-error data is not a number
    client.on('MESSAGE_CREATE', (d: number) => d);
  });

  it('keeps sendPayload protected', () => {
    // @ts-expect-error protected
    void client.sendPayload(3, {});
  });

  it('ShardManager re-emits with the shard id appended', () => {
    const manager = new ShardManager({ shardCount: 2, createClient: (shard) => new TestClient({ token: 't', intents: 0, shard }, 'ws://x') });
    manager.on('MESSAGE_CREATE', (d, frame, shardId) => {
      expectTypeOf(d.content).toEqualTypeOf<string>();
      expectTypeOf(frame.t).toEqualTypeOf<'MESSAGE_CREATE'>();
      expectTypeOf(shardId).toEqualTypeOf<number>();
    });
    manager.on('ready', (d, shardId) => {
      expectTypeOf(d).toEqualTypeOf<TestReady>();
      expectTypeOf(shardId).toEqualTypeOf<number>();
    });
  });
});
