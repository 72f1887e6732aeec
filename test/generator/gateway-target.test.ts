import { expect, it } from 'vitest';
import { MANAGED_OPCODES } from '../../generator/emit/gateway-target.js';
import { MANAGED_OPCODES as RUNTIME_MANAGED_OPCODES } from '../../runtime/src/index.js';

it('emits no public send method for exactly the opcodes the runtime sends itself', () => {
  expect([...MANAGED_OPCODES].sort()).toEqual([...RUNTIME_MANAGED_OPCODES].sort());
});
