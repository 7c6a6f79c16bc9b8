import type { AppListing, Installation } from './types';

// The one place that knows the server's answers (src/marketplace): optional manifest parts arrive
// with their defaults already, so this only fills what JSON cannot say (absent = null).

type RawListing = Omit<AppListing, 'oauth' | 'settings' | 'installation'> & {
  oauth?: AppListing['oauth'];
  settings: (Omit<AppListing['settings'][number], 'help' | 'options' | 'default'> & Partial<Pick<AppListing['settings'][number], 'help' | 'options' | 'default'>>)[];
  installation: Installation | null;
};

export function appListing(raw: RawListing): AppListing {
  return {
    ...raw,
    oauth: raw.oauth ?? null,
    settings: raw.settings.map((field) => ({ ...field, help: field.help ?? null, options: field.options ?? [], default: field.default ?? null })),
    installation: raw.installation,
  };
}
