import { invalid } from '../../platform/http/app-error.ts';

const PLACEHOLDER = /\{\{\s*settings\.([a-z][a-z0-9_]*)\s*\}\}/g;

/** Replaces `{{settings.NAME}}` with the installation's value; an unknown or unset name is refused. */
export function fillSettings(text: string, values: Record<string, string>, field: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw invalid(field, `The setting "${name}" is not set for this app.`);
    return value;
  });
}

/** The same through every string of a JSON value. */
export function fillSettingsDeep(value: unknown, values: Record<string, string>, field: string): unknown {
  if (typeof value === 'string') return fillSettings(value, values, field);
  if (Array.isArray(value)) return value.map((item) => fillSettingsDeep(item, values, field));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillSettingsDeep(item, values, field)]));
  }
  return value;
}

/** Removes secret values from what goes back to the browser (an API that echoes its request would leak them). */
export function scrubSecrets(text: string, secrets: string[]): string {
  let scrubbed = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) scrubbed = scrubbed.split(form).join('[secret]');
  }
  return scrubbed;
}
