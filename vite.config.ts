/**
 * One source, two builds: `vite build` makes the Chrome extension in dist/, `TARGET=firefox vite build` the
 * Firefox one in dist-firefox/. Their differences are data applied to the one manifest.json here.
 * `BUILD=test` makes the test builds (dist-test/, dist-firefox-test/) the E2E and Firefox suites load: they add
 * `http://127.0.0.2/*` to host_permissions (automation cannot press a permission dialog's Allow) and keep the code
 * guarded by `__SHAREFEED_TEST__` (hooks for tests and benchmarks), which the store builds compile out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const testBuild = process.env.BUILD === 'test';

/**
 * The local servers the test suites start (Apache WebDAV, the GitHub stand-in, a WebSub hub) listen on this
 * loopback address; the test pages stay on 127.0.0.1, which the test build may not read without a toolbar press,
 * exactly like any site in the store build.
 */
const TEST_HOSTS = ['http://127.0.0.2/*'];

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest = testBuild ? { ...baseManifest, host_permissions: TEST_HOSTS } : baseManifest;
  if (browser === 'chrome') return manifest as ManifestV3Export;
  const { background, minimum_chrome_version: _chromeOnly, ...rest } = manifest;
  return {
    ...rest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: 'sharefeed@sharefeed.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/**
 * @crxjs lists scripts imported with `?iife` as web-accessible to every site. We inject ours with
 * `scripting.executeScript`, which needs no such entry, and a web-accessible file would let any site detect
 * that Sharefeed is installed. So the entry is removed from the emitted manifest. @crxjs also emits the script a
 * second time as an ES chunk that nothing loads (its IIFE build is separate): that copy is dropped too.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'sharefeed:no-web-accessible-resources',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/extract/inject.ts')) delete bundle[fileName];
      }
    },
    // After @crxjs has written the manifest: it adds the entry late, so the written file is edited.
    writeBundle(options) {
      const file = join(options.dir ?? '', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), noWebAccessibleResources()],
  build: {
    outDir: `dist${target === 'firefox' ? '-firefox' : ''}${testBuild ? '-test' : ''}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { reader: 'src/reader/index.html' },
    },
  },
  define: { __SHAREFEED_TEST__: JSON.stringify(testBuild) },
  // The dev server is not used: extensions are built and loaded unpacked.
  server: { strictPort: true, port: 5173, hmr: false },
});
