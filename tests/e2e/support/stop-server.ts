import { expect } from 'vitest';
import type { RunningServer } from './server.ts';

/** Stops the server at the end of a journey; it must exit cleanly (its output is shown when not). */
export async function expectCleanStop(server: RunningServer | undefined) {
  const code = await server?.stop();
  if (code !== 0) console.log(server?.output());
  expect(code).toBe(0);
}
