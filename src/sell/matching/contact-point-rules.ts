import { emailKey, phoneKey } from '../../platform/contact-keys.ts';
import type { ContactPointKind } from '../sell-tables.ts';

/** One email or phone number a lead or contact carries, as matching compares it (O-5). */
export type ContactPoint = { kind: ContactPointKind; value: string; field: 'email' | 'phone' | 'mobile' | 'custom'; custom_field_id: number | null };

export type StandardDetails = { email: string | null; phone: string | null; mobile: string | null };
/** A stored custom value (JSON text) of a custom field of type email or phone. */
export type CustomDetail = { fieldId: number; type: string; value: string };

/**
 * Every matching key of a record: its email, phone and mobile, and its custom fields of type email or
 * phone. Numbers written without "+" are read as numbers of `country` (the account's phone country).
 */
export function contactPointsOf(details: StandardDetails, custom: CustomDetail[], country: string): ContactPoint[] {
  const points: (ContactPoint | null)[] = [
    point('email', emailKey(details.email), 'email', null),
    point('phone', phoneKey(details.phone, country), 'phone', null),
    point('phone', phoneKey(details.mobile, country), 'mobile', null),
    ...custom.map((c) => {
      const text = storedText(c.value);
      if (c.type === 'email') return point('email', emailKey(text), 'custom', c.fieldId);
      if (c.type === 'phone') return point('phone', phoneKey(text, country), 'custom', c.fieldId);
      return null;
    }),
  ];
  return points.filter((p): p is ContactPoint => p !== null);
}

function point(kind: ContactPointKind, value: string | null, field: ContactPoint['field'], customFieldId: number | null): ContactPoint | null {
  return value === null ? null : { kind, value, field, custom_field_id: customFieldId };
}

function storedText(json: string): string | null {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Same keys in any order: nothing to write. */
export function samePoints(a: ContactPoint[], b: ContactPoint[]): boolean {
  const key = (p: ContactPoint) => `${p.kind}\u0000${p.value}\u0000${p.field}\u0000${p.custom_field_id ?? ''}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
