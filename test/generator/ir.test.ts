import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../generator/load/load-document.js';
import { buildIr, detectEnvelope } from '../../generator/ir/build-ir.js';
import type { GatewayIr } from '../../generator/ir/types.js';
import { DISCORD_SPEC, FIXED_SEED } from './helpers.js';

describe('the IR of the fixed seed document', () => {
  let doc: Record<string, unknown>;
  let ir: GatewayIr;
  beforeAll(async () => {
    doc = (await loadDocument(FIXED_SEED)).json;
    ir = buildIr(doc, { file: 'seed.yaml' });
  }, 30_000);

  it('reads 2.x publish as the client sending and subscribe as receiving', () => {
    const sent = ir.messages.filter((m) => m.direction === 'send').map((m) => m.name);
    expect(sent).toEqual(['Identify', 'Resume', 'Heartbeat', 'RequestGuildMembers', 'UpdateVoiceState', 'UpdatePresence']);
    expect(ir.messages.filter((m) => m.direction === 'receive')).toHaveLength(47);
  });

  it('flips every direction from the server\'s perspective', () => {
    const server = buildIr(doc, { file: 'seed.yaml', perspective: 'server' });
    expect(server.messages.filter((m) => m.direction === 'receive').map((m) => m.name)).toContain('Identify');
    expect(server.messages.filter((m) => m.direction === 'send')).toHaveLength(47);
  });

  it('detects the opcode envelope', () => {
    expect(ir.envelope).toEqual({ kind: 'opcode', opcodeField: 'op', dataField: 'd', sequenceField: 's', eventField: 't' });
  });

  it('gives the 43 dispatches (41 sharing DispatchEvent, plus READY and RESUMED) distinct event names', () => {
    const events = ir.messages.filter((m) => m.event !== undefined).map((m) => m.event);
    expect(events).toHaveLength(43);
    expect(new Set(events).size).toBe(43);
    expect(events).toEqual(expect.arrayContaining(['READY', 'RESUMED', 'CHANNEL_CREATE', 'MESSAGE_CREATE', 'WEBHOOKS_UPDATE']));
  });

  it('takes opcodes from the op const, and names the shared one after its dispatches', () => {
    expect(ir.messages.find((m) => m.name === 'Identify')?.opcode).toBe(2);
    expect(ir.messages.find((m) => m.name === 'Ready')?.opcode).toBe(0);
    expect(ir.opcodes.map((o) => [o.name, o.value])).toEqual([
      ['Dispatch', 0], ['Heartbeat', 1], ['Identify', 2], ['UpdatePresence', 3], ['UpdateVoiceState', 4], ['Resume', 6],
      ['Reconnect', 7], ['RequestGuildMembers', 8], ['InvalidSession', 9], ['Hello', 10], ['HeartbeatAck', 11],
    ]);
  });

  it('names data schemas after their message or component, never anonymously', () => {
    const names = ir.schemas.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['IdentifyData', 'IdentifyDataProperties', 'UpdatePresenceData', 'Activity', 'User', 'DispatchEventData', 'ReadyDataApplication']));
    expect(names.some((n) => /anonymous/i.test(n))).toBe(false);
    expect(new Set(names).size).toBe(names.length);
  });

  it('turns nullable into a null type', () => {
    const data = ir.schemas.find((s) => s.name === 'UpdateVoiceStateData')!;
    expect(data.schema.properties?.channel_id).toEqual({ type: ['string', 'null'] });
  });

  it('keeps the message annotations', () => {
    const message = ir.messages.find((m) => m.name === 'MessageCreate')!;
    expect(message).toMatchObject({ title: 'MESSAGE_CREATE', summary: 'Message was created', event: 'MESSAGE_CREATE' });
    expect(message.description).toMatch(/MESSAGE_CONTENT privileged intent/);
  });
});

describe('the IR of spec/discord-gateway.yaml', () => {
  let ir: GatewayIr;
  beforeAll(async () => {
    ir = buildIr((await loadDocument(DISCORD_SPEC)).json, { file: 'discord-gateway.yaml' });
  }, 30_000);

  it('gives every dispatch a named data schema of its own shape', () => {
    const dispatches = ir.messages.filter((m) => m.event !== undefined);
    expect(dispatches).toHaveLength(43);
    for (const m of dispatches) {
      const name = m.data?.schema.$ref;
      expect(name, m.name).toBeDefined();
      const schema = ir.schemas.find((s) => s.name === name)!.schema;
      const shaped = schema.properties !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined || schema.allOf !== undefined;
      expect(shaped, `${m.event} -> ${name}`).toBe(true);
    }
  });

  it('keeps not: {} (a property never present), without the parser\'s annotations', () => {
    const data = ir.schemas.find((s) => s.name === 'UserApplicationCommandInteractionData')!.schema;
    expect(data.properties?.options).toEqual({ not: {}, description: expect.stringMatching(/^Never present/) });
    expect(data.properties?.target_id).toEqual({ $ref: 'Snowflake' });
  });

  it('reads the intents extension', () => {
    expect(ir.messages.find((m) => m.event === 'MESSAGE_CREATE')?.intents).toEqual(['GUILD_MESSAGES', 'DIRECT_MESSAGES']);
  });
});

describe('detectEnvelope', () => {
  const payload = (props: Record<string, unknown>) => ({ type: 'object', properties: props });
  it.each<[string, { given: unknown[]; want: unknown }]>([
    ['op and d', { given: [payload({ op: { type: 'integer', const: 1 }, d: {} }), payload({ op: { type: 'integer', const: 2 } })], want: { kind: 'opcode', opcodeField: 'op', dataField: 'd' } }],
    ['a shared const string field', { given: [payload({ type: { const: 'a' } }), payload({ type: { const: 'b' } })], want: { kind: 'plain', discriminator: { field: 'type' } } }],
    ['nothing shared', { given: [payload({ a: { type: 'string' } }), payload({ b: { type: 'string' } })], want: { kind: 'plain' } }],
    ['op without any d', { given: [payload({ op: { type: 'integer', const: 1 } })], want: { kind: 'plain' } }],
  ])('%s', (_, { given, want }) => expect(detectEnvelope(given)).toEqual(want));
});
