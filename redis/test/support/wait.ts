/** Waiting inside a test: for a while, or until something is true (polled, with a deadline that names it). */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once `check` is true, polling every 25 ms; rejects after `timeoutMs` with `what` in the message and,
 * when given, `state()` as JSON (what the test saw, to tell why it never came).
 */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'the condition', state?: () => unknown): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not true within ${timeoutMs} ms${state === undefined ? '' : `: ${JSON.stringify(state())}`}`);
    await sleep(25);
  }
}
