import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RedisLink } from './connection.js';

/**
 * A Lua script from `src/commands/<name>-<keys>.lua`, named by what it does and how many keys it takes
 * (BullMQ's convention). Read once when this module loads; run with EVALSHA, and with EVAL when Redis answers
 * NOSCRIPT (a restarted or flushed server), which also caches it again. This is what node-redis' own
 * `defineScript` does, done here so it works on a client the caller created without our scripts.
 */
export class LuaScript {
  readonly sha: string;

  constructor(
    readonly name: string,
    readonly keyCount: number,
    readonly source: string,
  ) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** `file` is `<name>-<keys>.lua`; resolved from both `src/` (tests) and `dist/` (the package). */
  static load(file: string): LuaScript {
    const match = /^([A-Za-z]+)-(\d+)\.lua$/.exec(file);
    if (!match) throw new Error(`script file ${file} is not named <name>-<keys>.lua`);
    const source = readFileSync(new URL(`../src/commands/${file}`, import.meta.url), 'utf8');
    return new LuaScript(match[1] as string, Number(match[2]), source);
  }

  async run(link: RedisLink, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    if (keys.length !== this.keyCount) throw new Error(`${this.name} takes ${this.keyCount} keys, got ${keys.length}`);
    const tail = [String(this.keyCount), ...keys, ...args.map(String)];
    try {
      return await link.call(['EVALSHA', this.sha, ...tail]);
    } catch (error) {
      if (!String((error as { cause?: { message?: unknown } }).cause?.message).startsWith('NOSCRIPT')) throw error;
      return link.call(['EVAL', this.source, ...tail]);
    }
  }
}

/** Every script, loaded once. */
export const scripts = {
  takeIdentify: LuaScript.load('takeIdentify-6.lua'),
  leaveIdentify: LuaScript.load('leaveIdentify-2.lua'),
  offerIdentifyBudget: LuaScript.load('offerIdentifyBudget-1.lua'),
  saveSession: LuaScript.load('saveSession-2.lua'),
  deleteSession: LuaScript.load('deleteSession-2.lua'),
  claimLease: LuaScript.load('claimLease-1.lua'),
  renewLease: LuaScript.load('renewLease-2.lua'),
  releaseLease: LuaScript.load('releaseLease-1.lua'),
  publishEvents: LuaScript.load('publishEvents-4.lua'),
  joinGroup: LuaScript.load('joinGroup-2.lua'),
  claimEvents: LuaScript.load('claimEvents-3.lua'),
};
