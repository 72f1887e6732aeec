/**
 * A fixture script (`redis/test/fixtures/*.mjs`) run as a process of its own, importing the built package
 * (`@gen-gateway/redis`, `discord-gateway-client`) the way a user's process does. It prints one JSON object a
 * line; the test reads them as messages and writes lines to its stdin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Message = { event: string } & Record<string, unknown>;

export class Child {
  readonly messages: Message[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly process: ChildProcess;
  private output = '';
  private partial = '';
  private readonly waiters = new Set<() => void>();
  private done = false;

  constructor(fixture: string, config: unknown) {
    this.process = spawn(process.execPath, [fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url))], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', FIXTURE_CONFIG: JSON.stringify(config) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stdout?.on('data', (chunk: Buffer) => {
      this.output += chunk.toString();
      const lines = (this.partial + chunk.toString()).split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) this.messages.push(JSON.parse(line) as Message);
      this.wake();
    });
    this.process.stderr?.on('data', (chunk: Buffer) => {
      this.output += chunk.toString();
    });
    this.exited = new Promise((resolve) =>
      this.process.once('exit', (code, signal) => {
        this.done = true;
        this.wake();
        resolve({ code, signal });
      }),
    );
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Everything the process printed, for failure messages. */
  get log(): string {
    return this.output;
  }

  /** The first message matching `match` (already received or next); rejects if the process exits first or on timeout. */
  waitFor(match: (message: Message) => boolean, timeoutMs = 15_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const finish = (error: Error | undefined, message?: Message): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        if (error) reject(error);
        else resolve(message as Message);
      };
      const check = (): void => {
        const found = this.messages.find(match);
        if (found) finish(undefined, found);
        else if (this.done) finish(new Error(`the process exited before the awaited message; it printed:\n${this.output}`));
      };
      const timer = setTimeout(() => finish(new Error(`no awaited message within ${timeoutMs} ms; it printed:\n${this.output}`)), timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  send(line: string): void {
    this.process.stdin?.write(`${line}\n`);
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<unknown> {
    if (!this.done) this.process.kill(signal);
    return this.exited;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
