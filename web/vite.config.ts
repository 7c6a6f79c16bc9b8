import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

// Requests the web app makes to the Fastify server during development.
// changeOrigin stays false so the Host header (which picks the account) is kept.
const serverTarget = process.env.TANDEM_SERVER_URL ?? 'http://localhost:3000';
const proxiedPaths = ['/api', '/healthz', '/v2'];
const proxy = Object.fromEntries(proxiedPaths.map((path) => [path, { target: serverTarget, changeOrigin: false }]));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks cache better.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
