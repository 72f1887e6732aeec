import { describe, expect, it } from 'vitest';
import { TypedEmitter } from '../../runtime/src/emitter.js';
import { buildGatewayUrl, CLOSE_CODES, describeCloseCode, MANAGED_OPCODES } from '../../runtime/src/index.js';
import { checkEnvelope } from '../../runtime/src/protocol.js';
import { transition, type ConnectionEvent, type ConnectionState } from '../../runtime/src/state.js';

describe('close-codes table, one row each', () => {
  it.each([
    [4000, 'resume'],
    [4001, 'resume'],
    [4002, 'resume'],
    [4003, 'reconnect'],
    [4004, 'fatal'],
    [4005, 'reconnect'],
    [4007, 'new-session'],
    [4008, 'reconnect'],
    [4009, 'new-session'],
    [4010, 'fatal'],
    [4011, 'fatal'],
    [4012, 'fatal'],
    [4013, 'fatal'],
    [4014, 'fatal'],
  ] as const)('%i -> %s', (code, action) => {
    expect(describeCloseCode(code).action).toBe(action);
    expect(describeCloseCode(code).meaning.length).toBeGreaterThan(5);
  });

  it('has exactly the reference rows; unknown codes (1006, 1000) resume', () => {
    expect(Object.keys(CLOSE_CODES).map(Number)).toEqual([4000, 4001, 4002, 4003, 4004, 4005, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014]);
    expect(describeCloseCode(1006).action).toBe('resume');
  });
});

describe('state transitions', () => {
  const open: ConnectionEvent = { type: 'open', mode: 'identify', url: 'ws://x', viaResumeUrl: false };
  const reason = { cause: 'zombie', resume: true, delayMs: 1 } as const;
  it.each<[string, ConnectionState, ConnectionEvent, ConnectionState['kind']]>([
    ['idle + open', { kind: 'idle' }, open, 'connecting'],
    ['connecting + hello', { kind: 'connecting', mode: 'resume', url: 'u', viaResumeUrl: true }, { type: 'hello' }, 'authenticating'],
    ['authenticating + ready', { kind: 'authenticating', mode: 'identify', viaResumeUrl: false }, { type: 'ready' }, 'ready'],
    ['ready + lost', { kind: 'ready' }, { type: 'lost', reason }, 'waiting'],
    ['waiting + open', { kind: 'waiting', reason }, open, 'connecting'],
    ['ready + fatal', { kind: 'ready' }, { type: 'fatal', code: 4004, meaning: 'm' }, 'stopped'],
    ['stopped + open (connect again)', { kind: 'stopped', code: 4004, meaning: 'm' }, open, 'connecting'],
    ['ready + close', { kind: 'ready' }, { type: 'close' }, 'idle'],
    ['waiting + close', { kind: 'waiting', reason }, { type: 'close' }, 'idle'],
  ])('%s', (_name, from, event, to) => {
    expect(transition(from, event).kind).toBe(to);
  });

  it.each<[string, ConnectionState, ConnectionEvent]>([
    ['idle + hello', { kind: 'idle' }, { type: 'hello' }],
    ['ready + hello', { kind: 'ready' }, { type: 'hello' }],
    ['connecting + ready', { kind: 'connecting', mode: 'identify', url: 'u', viaResumeUrl: false }, { type: 'ready' }],
    ['waiting + lost', { kind: 'waiting', reason }, { type: 'lost', reason }],
    ['ready + open', { kind: 'ready' }, open],
  ])('ignores %s (same object back)', (_name, from, event) => {
    expect(transition(from, event)).toBe(from);
  });
});

describe('protocol helpers', () => {
  it('builds the URL keeping other parameters', () => {
    expect(buildGatewayUrl('wss://gateway.discord.gg', false)).toBe('wss://gateway.discord.gg/?v=10&encoding=json');
    expect(buildGatewayUrl('wss://g.example/?foo=1', true)).toBe('wss://g.example/?foo=1&v=10&encoding=json&compress=zlib-stream');
  });

  it.each([
    ['null', null, 'not an object'],
    ['no op', { d: 1 }, 'numeric "op"'],
    ['unknown op', { op: 3 }, 'unknown opcode 3'],
    ['dispatch without t', { op: 0, s: 1 }, '"t"'],
    ['dispatch with float s', { op: 0, s: 1.5, t: 'X' }, '"s"'],
    ['hello without interval', { op: 10, d: {} }, 'heartbeat_interval'],
  ])('rejects %s', (_name, frame, problem) => {
    expect(checkEnvelope(frame)).toContain(problem);
  });

  it('lists the managed opcodes', () => {
    expect(MANAGED_OPCODES).toEqual([1, 2, 6]);
  });
});

describe('emitter and errors', () => {
  it('isolates throwing listeners and supports once/off', () => {
    const failures: string[] = [];
    const emitter = new TypedEmitter<{ x: [n: number] }>((error, event) => failures.push(`${event}: ${(error as Error).message}`));
    const seen: number[] = [];
    const listener = (n: number): void => void seen.push(n);
    emitter.on('x', () => {
      throw new Error('boom');
    });
    emitter.on('x', listener);
    emitter.once('x', (n) => seen.push(n * 10));
    emitter.emit('x', 1);
    emitter.emit('x', 2);
    emitter.off('x', listener);
    emitter.emit('x', 3);
    expect(seen).toEqual([1, 10, 2]);
    expect(failures).toEqual(['x: boom', 'x: boom', 'x: boom']);
  });

  it('an onAny listener with an interest sees only the events it wants, and has() tells callers what to skip', () => {
    const emitter = new TypedEmitter<{ debug: [text: string]; frame: [n: number] }>(() => undefined);
    let wanted = new Set<string>();
    const seen: string[] = [];
    const unsubscribe = emitter.onAny((event) => seen.push(event), (event) => wanted.has(event));
    expect(emitter.has('debug')).toBe(false);
    emitter.emit('debug', 'nobody wants this');
    wanted = new Set(['debug']);
    expect(emitter.has('debug')).toBe(true);
    expect(emitter.has('frame')).toBe(false);
    emitter.emit('debug', 'now someone does');
    emitter.emit('frame', 1);
    expect(seen).toEqual(['debug']);
    emitter.onAny((event) => seen.push(`all:${event}`));
    expect(emitter.has('frame')).toBe(true);
    unsubscribe();
    emitter.emit('debug', 'x');
    expect(seen).toEqual(['debug', 'all:debug']);
  });
});
