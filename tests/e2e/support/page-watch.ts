import type { Page } from 'playwright-core';

/** Collects the page's uncaught errors, prefixed with who the page belongs to when given. */
export function collectPageErrors(page: Page, errors: string[], who?: string) {
  page.on('pageerror', (error) => errors.push(who ? `${who}: ${error.message}` : error.message));
}

/** Also collects failed requests as errors, and dismisses and records any dialog the page opens. */
export function collectFailedRequestsAndDialogs(page: Page, errors: string[], dialogs: string[], who: string) {
  page.on('requestfailed', (request) => errors.push(`${who}: ${request.url()} failed: ${request.failure()?.errorText ?? ''}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${who}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}
