import { expect } from 'vitest';

export type Person = { name: string; email: string; password: string };

/** Creates the account and its owner through the first-run setup endpoint. */
export async function setUpAccount(base: string, owner: Person, account = { accountName: 'Northwind Outfitters', subdomain: 'northwind' }) {
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...account, ownerName: owner.name, ...owner }),
  });
  expect(setup.status, await setup.clone().text()).toBe(200);
}
