import net from 'node:net';

export type HostTarget = { kind: 'bare' } | { kind: 'subdomain'; subdomain: string };

/**
 * Which account a Host header names: `acme.localhost:3000` → `acme`; a bare host
 * (`localhost`, an IP address, one of the install's base domains) → the default account.
 */
export function hostToSubdomain(hostHeader: string | undefined, baseDomains: string[]): HostTarget {
  const host = stripPort((hostHeader ?? '').trim().toLowerCase()).replace(/\.$/, '');
  if (!host || net.isIP(host) || host.startsWith('[')) return { kind: 'bare' };
  for (const base of baseDomains) {
    if (host === base) return { kind: 'bare' };
    if (host.endsWith(`.${base}`)) return { kind: 'subdomain', subdomain: host.slice(0, -base.length - 1) };
  }
  const labels = host.split('.');
  // acme.example.com: the first label names the account; example.com alone is a bare host.
  if (labels.length >= 3) return { kind: 'subdomain', subdomain: labels[0]! };
  return { kind: 'bare' };
}

function stripPort(host: string): string {
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? host : host.slice(0, end + 1);
  }
  const colon = host.lastIndexOf(':');
  return colon === -1 || host.indexOf(':') !== colon ? host : host.slice(0, colon);
}
