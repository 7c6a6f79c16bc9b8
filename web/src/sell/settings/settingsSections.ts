import {
  IconAdjustmentsHorizontal,
  IconApps,
  IconBan,
  IconFlag,
  IconKey,
  IconMoodSad,
  IconPhone,
  IconPlug,
  IconPlugConnected,
  IconTargetArrow,
  IconUsersGroup,
  IconWorldWww,
  type Icon,
} from '@tabler/icons-react';

export type SettingsSectionKey =
  | 'lead-statuses'
  | 'lead-sources'
  | 'deal-sources'
  | 'loss-reasons'
  | 'unqualified-reasons'
  | 'custom-fields'
  | 'phone-numbers'
  | 'pools'
  | 'integrations/integrations'
  | 'integrations/apps'
  | 'authorized-apps'
  | 'api-tokens';

/** The settings pages, in menu order; `group` puts a small heading above its first entry. */
export const SETTINGS_SECTIONS: { key: SettingsSectionKey; icon: Icon; group?: 'records' | 'reasons' | 'automation' | 'integrations' | 'developers' }[] = [
  { key: 'lead-statuses', icon: IconFlag, group: 'records' },
  { key: 'lead-sources', icon: IconWorldWww },
  { key: 'deal-sources', icon: IconTargetArrow },
  { key: 'custom-fields', icon: IconAdjustmentsHorizontal },
  { key: 'phone-numbers', icon: IconPhone },
  { key: 'loss-reasons', icon: IconMoodSad, group: 'reasons' },
  { key: 'unqualified-reasons', icon: IconBan },
  { key: 'pools', icon: IconUsersGroup, group: 'automation' },
  { key: 'integrations/integrations', icon: IconPlug, group: 'integrations' },
  { key: 'integrations/apps', icon: IconApps },
  { key: 'authorized-apps', icon: IconPlugConnected },
  { key: 'api-tokens', icon: IconKey, group: 'developers' },
];

export const DEFAULT_SETTINGS_SECTION: SettingsSectionKey = 'lead-statuses';

