/**
 * The style guide's worlds are lint rules (eslint.config.js): a forbidden import fails `npm run lint`. Each case
 * lints one line as if it sat in a file of that world; allowed imports must stay clean, so the rules cannot pass by
 * failing everything.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the worlds, as lint', () => {
  it.each([
    ['src/core/probe.ts', "import { SharefeedDb } from '../background/db';\nvoid SharefeedDb;", 'import-x/no-restricted-paths'],
    ['src/core/probe.ts', "import { send } from '../shared/protocol';\nvoid send;", 'import-x/no-restricted-paths'],
    ['src/core/probe.ts', 'void chrome.runtime.id;', 'no-restricted-globals'],
    ['src/core/probe.ts', 'void document.title;', 'no-restricted-globals'],
    ['src/core/probe.ts', "import browser from 'webextension-polyfill';\nvoid browser;", 'no-restricted-imports'],
    [
      'src/popup/probe.ts',
      "import { ShareRepository } from '../background/shares';\nvoid ShareRepository;",
      'import-x/no-restricted-paths',
    ],
    ['src/options/probe.ts', "import { extractPage } from '../extract/extract-page';\nvoid extractPage;", 'import-x/no-restricted-paths'],
    [
      'src/shared/protocol.ts',
      "import type { ExtractRequest } from '../extract/types';\nexport type X = ExtractRequest;",
      'import-x/no-restricted-paths',
    ],
    ['src/extract/probe.ts', "import { send } from '../shared/protocol';\nvoid send;", 'import-x/no-restricted-paths'],
    ['src/extract/probe.ts', 'void chrome.runtime.id;', 'no-restricted-globals'],
  ])('%s: a forbidden import or global fails (%#)', async (file, code, rule) => {
    expect((await problems(file, code)).join('\n')).toContain(rule);
  });

  it.each([
    ['src/background/probe.ts', "import { canonicalUrl } from '../core/canonical-url';\nvoid canonicalUrl;"],
    ['src/popup/probe.ts', "import { send } from '../shared/protocol';\nvoid send;"],
    ['src/core/probe.ts', "import { canonicalUrl } from './canonical-url';\nvoid canonicalUrl;"],
  ])('%s: an allowed import is clean (%#)', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
