import { describe, expect, it } from 'vitest';
import { hostToSubdomain } from './host-to-subdomain.ts';

describe('hostToSubdomain', () => {
  const base = ['localhost', 'crm.example.com'];
  it.each([
    ['acme.localhost:3000', { kind: 'subdomain', subdomain: 'acme' }],
    ['ACME.localhost', { kind: 'subdomain', subdomain: 'acme' }],
    ['acme.crm.example.com', { kind: 'subdomain', subdomain: 'acme' }],
    ['beta.example.org', { kind: 'subdomain', subdomain: 'beta' }],
    ['localhost:3000', { kind: 'bare' }],
    ['crm.example.com', { kind: 'bare' }],
    ['127.0.0.1:3000', { kind: 'bare' }],
    ['[::1]:3000', { kind: 'bare' }],
    ['example.org', { kind: 'bare' }],
    ['', { kind: 'bare' }],
  ])('%s', (host, expected) => {
    expect(hostToSubdomain(host, base)).toEqual(expected);
  });
});
