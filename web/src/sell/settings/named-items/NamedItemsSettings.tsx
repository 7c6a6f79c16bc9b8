import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NamedItemKind } from '../../api/sellKeys';
import { AdminOnlyNotice } from '../AdminOnlyNotice';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { useIsSellAdmin } from '../useIsSellAdmin';
import { NamedItemsCard } from './NamedItemsCard';

type NamedListSection = 'lead-sources' | 'deal-sources' | 'loss-reasons';

const KIND_OF: Record<NamedListSection, NamedItemKind> = {
  'lead-sources': 'lead_sources',
  'deal-sources': 'deal_sources',
  'loss-reasons': 'loss_reasons',
};

/** Lead sources, deal sources or loss reasons. */
export function NamedItemsSettings({ section }: { section: NamedListSection }) {
  const { t } = useTranslation('sell');
  const admin = useIsSellAdmin();
  return (
    <>
      <SettingsPageHeader title={t(`settings.sections.${section}.title`)} description={t(`settings.sections.${section}.description`)} />
      <Stack gap="md">
        {!admin && <AdminOnlyNotice />}
        <NamedItemsCard
          key={section}
          kind={KIND_OF[section]}
          itemLabel={t(`settings.sections.${section}.item`)}
          emptyText={t(`settings.sections.${section}.empty`)}
          editable={admin}
          testId={`${section}-card`}
        />
      </Stack>
    </>
  );
}
