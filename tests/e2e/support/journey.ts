import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { collectPageErrors } from './page-watch.ts';

/** Signs in through the sign-in page (in any language) and waits for the signed-in shell. */
export async function signInOnPage(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[type="email"]').fill(email);
  await form.locator('input[type="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await page.getByTestId('product-switcher').waitFor();
}

/** A fresh browser context signed in through the sign-in page, collecting the page's errors. */
export async function signInBrowser(browser: Browser, baseUrl: string, email: string, password: string, locale = 'en-US', viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  collectPageErrors(page, errors);
  await signInOnPage(page, baseUrl, email, password);
  return { context, page, errors };
}

/** Runs a journey; on failure, keeps a screenshot of where it stopped. A page error fails it too. */
export async function runJourney(page: Page, name: string, errors: string[], steps: () => Promise<void>) {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, `${name}-failure`);
    throw new Error(`${(error as Error).message}\npage errors: ${errors.join(' | ') || 'none'}`, { cause: error });
  }
  expect(errors).toEqual([]);
}
