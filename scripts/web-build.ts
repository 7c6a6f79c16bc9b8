import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = process.cwd();
const distIndex = path.join(root, 'dist/web/index.html');
const distWidget = path.join(root, 'dist/web/widget.js');
const distAppSdk = path.join(root, 'dist/web/app-sdk.js');

function newestSourceChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSourceChange(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources; returns whether it built. */
export async function ensureWebBuild(): Promise<boolean> {
  const builtAt = Math.min(...[distIndex, distWidget, distAppSdk].map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)));
  // shared/ holds what the web app compiles in beside the app SDK or the server (the app bridge's protocol, Chat's views).
  const sourcesAt = Math.max(...['web', 'shared'].map((dir) => newestSourceChange(path.join(root, dir))));
  if (builtAt > sourcesAt) return false;
  console.log(builtAt ? 'The web app changed: rebuilding it…' : 'Building the web app (first start only)…');
  await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn' });
  // The visitor widget (/widget.js) goes into the same folder, after the app (whose build empties it).
  await build({ configFile: path.join(root, 'web/widget/vite.config.ts'), logLevel: 'warn' });
  // The SDK that app code loads (/app-sdk.js), likewise.
  await build({ configFile: path.join(root, 'web/app-sdk/vite.config.ts'), logLevel: 'warn' });
  return true;
}
