import { ensureWebBuild } from './web-build.ts';

/** `npm start`: build the web app if needed, then run the server in this same process. */
await ensureWebBuild();
await import('../src/main.ts');
