/**
 * The benchmark still runs: `npm run bench -- --quick --no-write` in a child process must exit 0 (it exits
 * non-zero when a party could not connect, a process crashed or events arrived out of order). Its tables are
 * for `npm run bench`; here they are captured, not printed.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../generator/helpers.js';

const run = promisify(execFile);

it('npm run bench -- --quick completes', async () => {
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'bench/run.mjs'), '--quick', '--no-write'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(stdout).toMatch(/### Targets/);
  expect(stdout).toMatch(/### 6\. Broker transports: MQTT/);
}, 240_000);
