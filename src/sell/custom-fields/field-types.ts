import { isPhoneNumber } from '../../platform/contact-keys.ts';

export const customFieldTypes = ['string', 'text', 'number', 'bool', 'date', 'datetime', 'email', 'phone', 'url', 'list', 'multi_select_list'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];
export type Choice = { id: number; name: string };

type Check = { ok: true; value: unknown } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks one custom field value against its field's type and gives back the value to store. A phone
 * number is read as the standard phone fields are read for matching (O-5): with "+" it is international,
 * otherwise a number of `phoneCountry`, the account's phone country; it is stored as written.
 */
export function checkCustomValue(type: CustomFieldType, choices: Choice[], raw: unknown, phoneCountry: string): Check {
  switch (type) {
    case 'string':
    case 'text':
      return typeof raw === 'string' ? ok(raw) : fail('Expected text.');
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      return Number.isFinite(n) ? ok(n) : fail('Expected a number.');
    }
    case 'bool':
      if (typeof raw === 'boolean') return ok(raw);
      if (typeof raw === 'string' && /^(true|false)$/i.test(raw)) return ok(raw.toLowerCase() === 'true');
      return fail('Expected true or false.');
    case 'date':
      return typeof raw === 'string' && DATE.test(raw) && !Number.isNaN(Date.parse(raw)) ? ok(raw) : fail('Expected a date as YYYY-MM-DD.');
    case 'datetime': {
      const t = typeof raw === 'string' ? Date.parse(raw) : NaN;
      return Number.isFinite(t) ? ok(new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')) : fail('Expected an ISO-8601 date and time.');
    }
    case 'email':
      return typeof raw === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.trim()) ? ok(raw.trim()) : fail('Expected an email address.');
    case 'phone':
      return typeof raw === 'string' && isPhoneNumber(raw, phoneCountry)
        ? ok(raw.trim())
        : fail(`Expected a phone number. Numbers without "+" are read as numbers of ${phoneCountry}; write others with their country code, such as +44 20 7946 0018.`);
    case 'url':
      return typeof raw === 'string' && isUrl(raw.trim()) ? ok(raw.trim()) : fail('Expected a web address (https://…).');
    case 'list': {
      const choice = typeof raw === 'string' ? choices.find((c) => c.name.toLowerCase() === raw.trim().toLowerCase()) : undefined;
      return choice ? ok(choice.name) : fail(`Expected one of: ${choices.map((c) => c.name).join(', ')}.`);
    }
    case 'multi_select_list': {
      if (!Array.isArray(raw)) return fail('Expected a list of choices.');
      const names: string[] = [];
      for (const item of raw) {
        const choice = typeof item === 'string' ? choices.find((c) => c.name.toLowerCase() === item.trim().toLowerCase()) : undefined;
        if (!choice) return fail(`Expected choices from: ${choices.map((c) => c.name).join(', ')}.`);
        if (!names.includes(choice.name)) names.push(choice.name);
      }
      return ok(names);
    }
  }
}

function ok(value: unknown): Check {
  return { ok: true, value };
}
function fail(message: string): Check {
  return { ok: false, message };
}

function isUrl(text: string): boolean {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
