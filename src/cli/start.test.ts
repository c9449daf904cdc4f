import { describe, expect, it } from 'vitest';
import { shouldSeedDemo } from './start.ts';

describe('demo data at start', () => {
  it('is created on a new embedded database, unless --no-demo', () => {
    expect(shouldSeedDemo({ flag: undefined, kind: 'embedded', empty: true })).toBe(true);
    expect(shouldSeedDemo({ flag: false, kind: 'embedded', empty: true })).toBe(false);
  });
  it('is never created silently on PostgreSQL, nor on an embedded database already in use', () => {
    expect(shouldSeedDemo({ flag: undefined, kind: 'postgres', empty: true })).toBe(false);
    expect(shouldSeedDemo({ flag: undefined, kind: 'embedded', empty: false })).toBe(false);
  });
  it('is created when --demo is given explicitly, on either database', () => {
    expect(shouldSeedDemo({ flag: true, kind: 'postgres', empty: false })).toBe(true);
  });
});
