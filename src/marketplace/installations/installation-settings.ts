import { AppError, type FieldError } from '../../platform/http/app-error.ts';
import type { SecretBox } from '../../platform/secret-box/secret-box.ts';
import type { AppManifest, AppSetting } from '../manifest/manifest-schema.ts';

export type SettingValue = string | boolean;
/** As stored: plain values, and sealed strings for secret settings. */
export type StoredSettings = Record<string, SettingValue>;

const MAX_TEXT = 2000;

/**
 * Checks settings sent by the install page against the manifest and returns what to store. A secret
 * left out (or null) keeps its stored value, so the page never needs to know it; "" clears it.
 */
export function settingsToStore(
  manifest: Pick<AppManifest, 'settings'>,
  input: Record<string, unknown>,
  current: StoredSettings,
  box: SecretBox,
): StoredSettings {
  const fields: FieldError[] = [];
  const stored: StoredSettings = {};
  const known = new Set(manifest.settings.map((s) => s.name));
  for (const name of Object.keys(input)) {
    if (!known.has(name)) fields.push({ field: `settings.${name}`, message: 'This app has no such setting.' });
  }
  for (const setting of manifest.settings) {
    const result = checkValue(setting, input[setting.name], current[setting.name], box);
    if ('error' in result) fields.push({ field: `settings.${setting.name}`, message: result.error });
    else if (result.value !== undefined) stored[setting.name] = result.value;
  }
  if (fields.length > 0) throw new AppError(422, 'validation_failed', 'Some settings are not valid.', fields);
  return stored;
}

type Checked = { value: SettingValue | undefined } | { error: string };

function checkValue(setting: AppSetting, raw: unknown, current: SettingValue | undefined, box: SecretBox): Checked {
  const label = setting.label.en;
  switch (setting.type) {
    case 'checkbox':
      if (raw === undefined || raw === null) return { value: setting.default };
      return typeof raw === 'boolean' ? { value: raw } : { error: 'Expected true or false.' };
    case 'secret': {
      if (raw === undefined || raw === null) {
        return current === undefined && setting.required ? { error: `${label} is required.` } : { value: current };
      }
      if (typeof raw !== 'string') return { error: 'Expected a string.' };
      if (raw === '') return setting.required ? { error: `${label} is required.` } : { value: undefined };
      return raw.length > MAX_TEXT ? { error: `Use at most ${MAX_TEXT} characters.` } : { value: box.seal(raw) };
    }
    case 'text':
    case 'select': {
      const value = raw === undefined || raw === null ? setting.default : raw;
      if (value === undefined || value === '') return setting.required ? { error: `${label} is required.` } : { value: undefined };
      if (typeof value !== 'string') return { error: 'Expected a string.' };
      if (value.length > MAX_TEXT) return { error: `Use at most ${MAX_TEXT} characters.` };
      if (setting.type === 'select' && !setting.options.some((o) => o.value === value)) {
        return { error: `Choose one of: ${setting.options.map((o) => o.value).join(', ')}.` };
      }
      return { value };
    }
  }
}

/** What anyone may see: every value but the secrets, and which secrets are set. */
export function publicSettings(manifest: Pick<AppManifest, 'settings'>, stored: StoredSettings) {
  const values: Record<string, SettingValue> = {};
  const secretsSet: string[] = [];
  for (const setting of manifest.settings) {
    const value = stored[setting.name];
    if (setting.type === 'secret') {
      if (value !== undefined) secretsSet.push(setting.name);
    } else if (value !== undefined) {
      values[setting.name] = value;
    }
  }
  return { values, secretsSet };
}

/** Every value in plain text, secrets opened: for filling in {{settings.NAME}} on the server only. */
export function openSettings(manifest: Pick<AppManifest, 'settings'>, stored: StoredSettings, box: SecretBox) {
  const values: Record<string, string> = {};
  const secrets: string[] = [];
  for (const setting of manifest.settings) {
    const value = stored[setting.name];
    if (value === undefined) continue;
    if (setting.type === 'secret' && typeof value === 'string') {
      values[setting.name] = openSecret(box, value, setting.label.en);
      secrets.push(values[setting.name]!);
    } else {
      values[setting.name] = String(value);
    }
  }
  return { values, secrets };
}

export function parseStoredSettings(text: string): StoredSettings {
  const parsed: unknown = JSON.parse(text);
  return parsed && typeof parsed === 'object' ? (parsed as StoredSettings) : {};
}

function openSecret(box: SecretBox, sealed: string, label: string): string {
  try {
    return box.open(sealed);
  } catch {
    throw new AppError(409, 'app_setting_unreadable', `${label} was saved with another secrets key (SECRETS_KEY changed). Type it again in the app's settings.`);
  }
}
