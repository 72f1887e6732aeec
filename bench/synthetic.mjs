/**
 * Synthetic AsyncAPI 2.6 gateway documents of any size: one `/` channel, `publish` (sent) and `subscribe`
 * (received) each a oneOf of messages with an op/d payload; received messages are dispatches (op 0,
 * `t` const, `d` a named schema of a few fields), one in twenty is sent (its own opcode); the `d`
 * schemas share a handful of component schemas, as a real gateway does.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const SHARED = {
  User: { type: 'object', required: ['id', 'username'], properties: { id: { type: 'string' }, username: { type: 'string' }, bot: { type: 'boolean' }, avatar: { type: 'string', nullable: true } } },
  Role: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' }, color: { type: 'integer' }, permissions: { type: 'string' } } },
  Channel: { type: 'object', required: ['id', 'type'], properties: { id: { type: 'string' }, type: { $ref: '#/components/schemas/ChannelType' }, name: { type: 'string' }, topic: { type: 'string', nullable: true } } },
  ChannelType: { type: 'integer', enum: [0, 1, 2, 4, 5, 10, 11, 12, 13, 15, 16] },
  Member: { type: 'object', required: ['roles'], properties: { user: { $ref: '#/components/schemas/User' }, nick: { type: 'string', nullable: true }, roles: { type: 'array', items: { type: 'string' } } } },
  Embed: { type: 'object', properties: { title: { type: 'string' }, description: { type: 'string' }, color: { type: 'integer' }, author: { $ref: '#/components/schemas/User' } } },
};
const SHARED_NAMES = ['User', 'Role', 'Channel', 'Member', 'Embed'];

export function syntheticSpec(count) {
  const messages = {};
  const schemas = { ...SHARED };
  const sent = [];
  const received = [];
  for (let i = 0; i < count; i++) {
    const name = `Event${i}`;
    if (i % 20 === 19) {
      const op = 20 + sent.length;
      messages[name] = {
        name,
        messageId: name,
        title: `${name} (Opcode ${op})`,
        summary: `Synthetic sent message ${i}`,
        payload: {
          type: 'object',
          required: ['op', 'd'],
          properties: {
            op: { type: 'integer', const: op },
            d: { type: 'object', required: ['guild_id'], properties: { guild_id: { type: 'string' }, limit: { type: 'integer', minimum: 0, maximum: 100 }, user: { $ref: `#/components/schemas/${SHARED_NAMES[i % 5]}` } } },
          },
        },
      };
      sent.push({ $ref: `#/components/messages/${name}` });
      continue;
    }
    const t = `EVENT_${i}`;
    schemas[`${name}Data`] = {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string' },
        [`count_${i % 7}`]: { type: 'integer' },
        enabled: { type: 'boolean' },
        owner: { $ref: `#/components/schemas/${SHARED_NAMES[i % 5]}` },
        related: { type: 'array', items: { $ref: `#/components/schemas/${SHARED_NAMES[(i + 2) % 5]}` } },
      },
    };
    messages[name] = {
      name,
      messageId: name,
      title: t,
      summary: `Synthetic dispatch ${i}`,
      payload: {
        type: 'object',
        required: ['op', 's', 't', 'd'],
        properties: {
          op: { type: 'integer', const: 0 },
          s: { type: 'integer' },
          t: { type: 'string', const: t },
          d: { $ref: `#/components/schemas/${name}Data` },
        },
      },
    };
    received.push({ $ref: `#/components/messages/${name}` });
  }
  // Every gateway has these.
  messages.Hello = { name: 'Hello', messageId: 'Hello', title: 'Hello (Opcode 10)', payload: { type: 'object', required: ['op', 'd'], properties: { op: { type: 'integer', const: 10 }, d: { type: 'object', required: ['heartbeat_interval'], properties: { heartbeat_interval: { type: 'integer' } } } } } };
  messages.Heartbeat = { name: 'Heartbeat', messageId: 'Heartbeat', title: 'Heartbeat (Opcode 1)', payload: { type: 'object', required: ['op', 'd'], properties: { op: { type: 'integer', const: 1 }, d: { type: 'integer', nullable: true } } } };
  received.unshift({ $ref: '#/components/messages/Hello' });
  sent.unshift({ $ref: '#/components/messages/Heartbeat' });
  return {
    asyncapi: '2.6.0',
    id: `urn:example:synthetic-${count}`,
    defaultContentType: 'application/json',
    info: { title: `Synthetic Gateway ${count}`, version: '1' },
    servers: { gateway: { url: 'wss://gateway.example.com/?v=1&encoding=json', protocol: 'wss' } },
    channels: {
      '/': {
        publish: { operationId: 'send', message: { oneOf: sent } },
        subscribe: { operationId: 'receive', message: { oneOf: received } },
      },
    },
    components: { messages, schemas },
  };
}

/** Writes `synthetic-<count>.json` into `dir`; returns its path. */
export async function writeSyntheticSpec(dir, count) {
  const file = path.join(dir, `synthetic-${count}.json`);
  await writeFile(file, JSON.stringify(syntheticSpec(count), null, 1));
  return file;
}
