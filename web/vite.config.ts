import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

// Requests the web app makes to the Fastify server during development.
// changeOrigin stays false so the Host header (which picks the account) is kept.
const serverTarget = process.env.TANDEM_SERVER_URL ?? 'http://localhost:3000';
const proxiedPaths = ['/api', '/healthz', '/v2'];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: Object.fromEntries(
      proxiedPaths.map((path) => [path, { target: serverTarget, changeOrigin: false }]),
    ),
  },
  preview: {
    proxy: Object.fromEntries(
      proxiedPaths.map((path) => [path, { target: serverTarget, changeOrigin: false }]),
    ),
  },
});
