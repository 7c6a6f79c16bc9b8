import { HOST_ORIGIN_PARAM } from '../../../shared/app-bridge/protocol';

/**
 * The Tandem page's origin, from the frame URL's `#host=<origin>`; null when it is missing or is
 * not a plain http(s) origin. Read once, when the script loads, before app code can change the hash.
 */
export function hostOriginFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(HOST_ORIGIN_PARAM);
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}
