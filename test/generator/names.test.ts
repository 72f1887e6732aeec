import { describe, expect, it } from 'vitest';
import { NameCollisionError, NameRegistry, camelCase, isUpperSnake, pascalCase, upperSnakeCase } from '../../generator/ir/names.js';

describe('pascalCase', () => {
  it.each([
    ['MESSAGE_CREATE', 'MessageCreate'],
    ['user_signed-up', 'UserSignedUp'],
    ['IdentifyData', 'IdentifyData'],
    ['lightMeasured', 'LightMeasured'],
    ['2fa', 'T2fa'],
    ['', 'Unnamed'],
    ['string', 'StringType'],
  ])('%s -> %s', (given, want) => expect(pascalCase(given)).toBe(want));
});

describe('other cases', () => {
  it.each([
    ['UpdatePresence', 'updatePresence'],
    ['RequestGuildMembers', 'requestGuildMembers'],
    ['delete', 'deleteMessage'],
  ])('camelCase %s -> %s', (given, want) => expect(camelCase(given)).toBe(want));
  it.each([
    ['MessageCreate', 'MESSAGE_CREATE'],
    ['GuildScheduledEventCreate', 'GUILD_SCHEDULED_EVENT_CREATE'],
  ])('upperSnakeCase %s -> %s', (given, want) => expect(upperSnakeCase(given)).toBe(want));
  it.each([
    ['CHANNEL_CREATE', true],
    ['READY', true],
    ['Identify (Opcode 2)', false],
    ['Ready', false],
  ])('isUpperSnake %s -> %s', (given, want) => expect(isUpperSnake(given)).toBe(want));
});

describe('NameRegistry', () => {
  it('refuses a document name claimed twice, naming both places', () => {
    const names = new NameRegistry();
    names.claim('User', 'a.yaml#/components/schemas/User');
    expect(() => names.claim('User', 'a.yaml#/components/schemas/user')).toThrow(NameCollisionError);
    expect(() => names.claim('User', 'a.yaml#/components/schemas/user')).toThrow(/components\/schemas\/User.*components\/schemas\/user/);
  });
  it('gives derived names a stable numeric suffix instead of overwriting', () => {
    const names = new NameRegistry();
    names.claim('IdentifyData', 'x#/a');
    expect(names.derive('IdentifyData', 'x#/b')).toBe('IdentifyData2');
    expect(names.derive('IdentifyData', 'x#/c')).toBe('IdentifyData3');
    expect(names.derive('IdentifyData', 'x#/b')).toBe('IdentifyData2');
  });
});
