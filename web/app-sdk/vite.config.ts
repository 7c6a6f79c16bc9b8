import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
const typesFile = fileURLToPath(new URL('../../shared/app-bridge/tandem-apps.d.ts', import.meta.url));

/** App authors get the typings beside the script: /app-sdk.d.ts. */
function shipTypings(): Plugin {
  return {
    name: 'tandem-app-sdk-typings',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'app-sdk.d.ts', source: fs.readFileSync(typesFile, 'utf8') });
    },
  };
}

// The SDK for app code (dist/web/app-sdk.js): one classic script that defines window.TandemApps, so
// an app page in an opaque-origin frame loads it with a plain script tag. Built after the web app,
// into the same folder, so it must not empty it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [shipTypings()],
  build: {
    outDir,
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2020',
    lib: {
      entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
      name: 'TandemAppsSdk',
      formats: ['iife'],
      fileName: () => 'app-sdk.js',
    },
  },
});
