/**
 * Lint: typescript-eslint's recommended rules, plus the worlds of the style guide as import rules — the layers
 * Dark Reader keeps with `no-restricted-paths`. Where code runs decides what it may import:
 *   core        anywhere (Node, the worker, pages, the CLI): imports nothing outside core, uses no browser API
 *   extract     inside a web page: core only, never the extension's APIs
 *   background  the service worker: core, extract's types, shared
 *   pages       popup, options, reader, ui, import: reach the background only through shared/protocol.ts
 * Formatting is Prettier's (`npm run format`); no lint rule argues about it.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const WORLDS = ['core', 'extract', 'background', 'popup', 'options', 'reader', 'ui', 'shared', 'import', 'cli'];
const others = (...allowed) => WORLDS.filter((w) => !allowed.includes(w)).map((w) => `./src/${w}`);

/** Browser and DOM globals core must not touch: it runs in Node and the worker as well as in pages. */
const BROWSER_GLOBALS = [
  'chrome',
  'browser',
  'window',
  'document',
  'navigator',
  'location',
  'DOMParser',
  'XMLSerializer',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'self',
].map((name) => ({ name, message: 'src/core runs in Node and the worker too: take what you need as a parameter.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'packages/**', '.tmp/**', 'test-pages/**', 'sample/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      // Control characters are what several filters exist to remove (XML 1.0 forbids them).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: others('core'), message: 'core imports nothing outside core (style guide: the worlds).' },
            { target: './src/extract', from: others('core', 'extract'), message: 'extract runs in a web page: it imports core only.' },
            {
              target: './src/background',
              from: others('core', 'extract', 'background', 'shared'),
              message: 'the worker imports core, shared and extract, never a page.',
            },
            {
              target: ['./src/popup', './src/options', './src/reader', './src/ui', './src/import'],
              from: ['./src/background', './src/extract', './src/cli'],
              message: 'pages reach the background only through shared/protocol.ts.',
            },
            { target: './src/shared/protocol.ts', from: others('core', 'shared'), message: 'protocol.ts imports only from core.' },
            { target: './src/cli', from: others('core', 'cli'), message: 'the CLI is a thin Node entry over core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/test-*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'webextension-polyfill',
            'dexie',
            'dompurify',
            'preact',
            'preact/hooks',
            'node:fs',
            'node:path',
            'node:url',
            'fs',
            'path',
          ].map((name) => ({
            name,
            message: 'src/core is pure: no browser API, no DOM, no file system.',
          })),
        },
      ],
    },
  },
  {
    files: ['src/extract/**/*.ts'],
    ignores: ['src/extract/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'extract runs in a web page, without extension APIs.' },
        { name: 'browser', message: 'extract runs in a web page, without extension APIs.' },
      ],
    },
  },
);
