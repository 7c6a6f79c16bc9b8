import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingsAnswer, SettingsWarning } from '../../../../integrations/sell-chat/api/types';

const OWNER_CODES = ['owner_deleted', 'owner_deactivated', 'owner_no_sell_seat', 'owner_no_active_member', 'owner_not_a_lead_pool'];

/** O-4 and its kin: what went bad in the saved choices and what happens meanwhile. */
export function SettingsWarnings({ answer }: { answer: SettingsAnswer }) {
  const { t, i18n } = useTranslation('sellChat');
  if (answer.warnings.length === 0) return null;

  // The server words each warning in English; other languages get the same facts from the answer.
  const say = (warning: SettingsWarning): string => {
    if (i18n.language === 'en') return warning.message;
    const entry = warning.entry && answer.settings.ownerEntries.find((e) => e.kind === warning.entry!.kind && e.id === warning.entry!.id);
    if (OWNER_CODES.includes(warning.code) && entry) return t('warnings.owner', { name: entry.name, why: t(`owner.why.${entry.unavailable ?? 'deleted'}`) });
    if (warning.code === 'owner_fallback') return t('warnings.ownerFallback');
    if (warning.code === 'status_deleted') return t('warnings.statusDeleted');
    if (warning.code === 'source_deleted') return t('warnings.sourceDeleted');
    return warning.message;
  };

  return (
    <Alert color="orange" variant="light" radius="md" icon={<IconAlertTriangle size={18} />} title={t('warnings.title')} data-testid="settings-warnings">
      <List size="sm" spacing={4}>
        {answer.warnings.map((warning, index) => (
          <List.Item key={`${warning.code}-${index}`} data-code={warning.code}>
            {say(warning)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
