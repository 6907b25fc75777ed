import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHAREFEED_VERSION } from './version';

const json = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as { version: string };

describe('SHAREFEED_VERSION', () => {
  it('is the version of package.json and of the manifest, which feeds name as their generator', () => {
    expect(SHAREFEED_VERSION).toBe(json('package.json').version);
    expect(SHAREFEED_VERSION).toBe(json('manifest.json').version);
  });
});
