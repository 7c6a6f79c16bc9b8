import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './browser.ts';

/** A fresh browser context signed in through the sign-in page, collecting the page's errors. */
export async function signInBrowser(browser: Browser, baseUrl: string, email: string, password: string, locale = 'en-US') {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/sign-in`);
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('product-switcher').waitFor();
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
