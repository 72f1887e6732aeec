import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'redis/test/**/*.test.ts'],
    // Type tests (*.test-d.ts) are checked by tsc through vitest's typecheck mode.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    testTimeout: 20_000,
    pool: 'forks',
  },
});
