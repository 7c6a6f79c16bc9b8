import fs from 'node:fs';
import path from 'node:path';

/**
 * The absolute path of `relativePath` inside the app folder `appDir`, or null when it would leave the
 * folder (`..`, absolute paths, symbolic links pointing out) or is not a regular file.
 */
export function resolveAppFile(appDir: string, relativePath: string): string | null {
  if (relativePath.includes('\0') || relativePath.includes('\\')) return null;
  const candidate = path.resolve(appDir, relativePath);
  if (!isInside(appDir, candidate)) return null;
  let real: string;
  try {
    real = fs.realpathSync(candidate);
    if (!fs.statSync(real).isFile()) return null;
  } catch {
    return null;
  }
  return isInside(appDir, real) ? real : null;
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
