import {
  IconAdjustmentsHorizontal,
  IconBan,
  IconFlag,
  IconKey,
  IconMoodSad,
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
  | 'pools'
  | 'api-tokens';

/** The settings pages, in menu order; `group` puts a small heading above its first entry. */
export const SETTINGS_SECTIONS: { key: SettingsSectionKey; icon: Icon; group?: 'records' | 'reasons' | 'automation' | 'developers' }[] = [
  { key: 'lead-statuses', icon: IconFlag, group: 'records' },
  { key: 'lead-sources', icon: IconWorldWww },
  { key: 'deal-sources', icon: IconTargetArrow },
  { key: 'custom-fields', icon: IconAdjustmentsHorizontal },
  { key: 'loss-reasons', icon: IconMoodSad, group: 'reasons' },
  { key: 'unqualified-reasons', icon: IconBan },
  { key: 'pools', icon: IconUsersGroup, group: 'automation' },
  { key: 'api-tokens', icon: IconKey, group: 'developers' },
];

export const DEFAULT_SETTINGS_SECTION: SettingsSectionKey = 'lead-statuses';

