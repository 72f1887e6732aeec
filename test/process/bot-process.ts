/**
 * Runs the generated README's example bot as a process of its own (`node`, nothing else keeping it alive), the
 * way a bot author runs it: the test runner's process stays alive by itself and would hide a bot that exits.
 * The bot's source is the first block of the committed generated README's "A bot" section, transpiled as is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../generator/helpers.js';

export const BOT_TOKEN = 'process-test-token.SECRET.abc';

/** The README's example bot as JavaScript, importing the committed generated package. */
export function exampleBotSource(): string {
  const readme = readFileSync(path.join(ROOT, 'generated/discord-gateway/README.md'), 'utf8');
  const source = /^## A bot\n[\s\S]*?^```ts\n([\s\S]*?)^```$/m.exec(readme)?.[1];
  if (source === undefined) throw new Error('the generated README has no example bot');
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** When the process exited (Date.now()). */
  at: number;
}

export class BotProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  private output = '';
  private readonly waiters = new Set<() => void>();
  private exit: Exit | undefined;

  constructor(source: string, env: Record<string, string>) {
    // cwd is the repository, so the bare import resolves to the workspace's generated package.
    this.child = spawn(process.execPath, ['--input-type=module', '-e', source], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer): void => {
      this.output += chunk.toString();
      for (const waiter of [...this.waiters]) waiter();
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal, at: Date.now() };
        for (const waiter of [...this.waiters]) waiter();
        resolve(this.exit);
      }),
    );
  }

  /** Everything the bot printed so far (stdout and stderr). */
  get log(): string {
    return this.output;
  }

  /** Resolves when the output matches `pattern`; rejects (with the output) if the bot exits first or on timeout. */
  waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = (): void => {
        if (pattern.test(this.output)) done();
        else if (this.exit) done(new Error(`the bot exited (code ${this.exit.code}, signal ${this.exit.signal}) before printing ${pattern}; it printed:\n${this.output}`));
      };
      const timer = setTimeout(() => done(new Error(`the bot did not print ${pattern} within ${timeoutMs} ms; it printed:\n${this.output}`)), timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** `promise`, unless the bot exits first: then a rejection that shows what it printed. */
  alive<T>(promise: Promise<T>): Promise<T> {
    const died = this.exited.then((exit) => {
      throw new Error(`the bot exited (code ${exit.code}, signal ${exit.signal}) while the test waited; it printed:\n${this.output}`);
    });
    return Promise.race([promise, died]);
  }

  /** Sends `signal` and resolves with the exit and how long it took; rejects if it is still running after 5 s. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit & { afterMs: number }> {
    const sent = Date.now();
    this.child.kill(signal);
    const exit = await this.exitWithin(5000);
    return { ...exit, afterMs: exit.at - sent };
  }

  /** The exit, or a rejection (with the output) if the process is still running after `ms`. */
  exitWithin(ms: number): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the bot did not exit within ${ms} ms; it printed:\n${this.output}`)), ms);
    });
    return Promise.race([this.exited, late]).finally(() => clearTimeout(timer));
  }

  /** Ends the process whatever its state (test cleanup). */
  kill(): void {
    if (!this.exit) this.child.kill('SIGKILL');
  }
}

export function startBot(url: string, source = exampleBotSource()): BotProcess {
  return new BotProcess(source, { DISCORD_TOKEN: BOT_TOKEN, DISCORD_GATEWAY_URL: url });
}
