/** Undoing what a test started (a gateway, a host process, a consumer, a fixture), whether it passed or failed. */
import { onTestFinished } from 'vitest';

/**
 * Runs `step` once the current test has finished: vitest's `onTestFinished`, which runs a test's steps newest
 * first (a consumer stops before the fixture it reads from closes), each with its own hook timeout, and the rest
 * when one throws. Call it inside a test (or a helper a test calls), not in a hook.
 */
export function afterTest(step: () => unknown): void {
  onTestFinished(async () => {
    await step();
  });
}
