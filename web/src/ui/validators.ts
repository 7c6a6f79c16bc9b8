export const MIN_PASSWORD_LENGTH = 8;
export const SUBDOMAIN_MAX_LENGTH = 63;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SUBDOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

export function isSubdomain(value: string): boolean {
  return value.length <= SUBDOMAIN_MAX_LENGTH && SUBDOMAIN_PATTERN.test(value);
}

/** Suggests a subdomain from an account name: "Acme Inc." → "acme-inc". */
export function subdomainFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SUBDOMAIN_MAX_LENGTH)
    .replace(/-+$/g, '');
}
