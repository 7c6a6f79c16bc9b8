/** A text input's value for the API: blank means "no value" (null). */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function idOrNull(value: string | null): number | null {
  return value ? Number(value) : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailOrBlank(value: string): boolean {
  return value.trim() === '' || EMAIL.test(value.trim());
}
