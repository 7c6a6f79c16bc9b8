import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Host pages may be served in any encoding (or none), and the script inherits it: keep the output
 * pure ASCII by writing every other character as a \\u escape (valid in strings, templates,
 * regular expressions and identifiers alike).
 */
function asciiOnly(): Plugin {
  return {
    name: 'tandem-widget-ascii-only',
    // After minification, which would turn escapes back into characters.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}

// The visitor widget: one self-contained script (dist/web/widget.js) that any site embeds with one tag.
// It is built after the web app, into the same folder, so it must not empty it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [asciiOnly()],
  build: {
    outDir,
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
      name: 'TandemWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
