import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as refusals from '../../src/integrations/sell-chat/access/access-errors.ts';
import { AppError } from '../../src/platform/http/app-error.ts';
import { KNOWN_REFUSALS } from '../../web/src/integrations/sell-chat/card/refusalCodes.ts';

/** Every refusal the server can answer the card with: whatever its factories make, new ones included. */
function serverRefusals(): AppError[] {
  return Object.values(refusals).flatMap((factory) => {
    if (typeof factory !== 'function') return [];
    try {
      const made: unknown = (factory as (...args: unknown[]) => unknown)(1, 'Ana', 'is deactivated');
      return made instanceof AppError ? [made] : [];
    } catch {
      return [];
    }
  });
}

const translations = (language: string) => JSON.parse(fs.readFileSync(`web/src/i18n/sell-chat-card.${language}.json`, 'utf8')).refusal;

describe('the Sell card explains every refusal (S-26)', () => {
  it('knows each code the server answers with, and nothing the server never says', () => {
    const codes = serverRefusals().map((error) => error.code);
    expect(codes.length).toBeGreaterThanOrEqual(8);
    expect([...KNOWN_REFUSALS].sort()).toEqual([...codes].sort());
  });

  it('has a title and an explanation of each in English and Japanese', () => {
    for (const language of ['en', 'ja']) {
      const texts = translations(language);
      for (const code of KNOWN_REFUSALS) {
        expect(texts[code]?.title, `${language}: ${code}`).toMatch(/\S/);
        expect(texts[code]?.body, `${language}: ${code}`).toMatch(/\S/);
      }
    }
  });

  it('offers Reconnect exactly where the server names the installation to reconnect (O-9)', () => {
    for (const error of serverRefusals()) {
      expect(error.status).toBe(403);
      const fix = error.details?.fix;
      expect(typeof fix, error.code).toBe('string');
      if (fix === 'reconnect_app') expect(error.details?.installationId, error.code).toBe(1);
    }
  });
});
