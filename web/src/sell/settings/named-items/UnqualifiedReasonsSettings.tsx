import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminOnlyNotice } from '../AdminOnlyNotice';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { useIsSellAdmin } from '../useIsSellAdmin';
import { NamedItemsCard } from './NamedItemsCard';

/** Why deals (and leads) were found not worth pursuing. */
export function UnqualifiedReasonsSettings() {
  const { t } = useTranslation('sell');
  const admin = useIsSellAdmin();
  return (
    <>
      <SettingsPageHeader
        title={t('settings.sections.unqualified-reasons.title')}
        description={t('settings.sections.unqualified-reasons.description')}
      />
      <Stack gap="md">
        {!admin && <AdminOnlyNotice />}
        <Title order={2} size="h5">
          {t('settings.unqualified.deals')}
        </Title>
        <NamedItemsCard
          kind="deal_unqualified_reasons"
          itemLabel={t('settings.sections.unqualified-reasons.item')}
          emptyText={t('settings.sections.unqualified-reasons.empty')}
          editable={admin}
          testId="deal-unqualified-reasons-card"
        />
        <Title order={2} size="h5" mt="md">
          {t('settings.unqualified.leads')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.unqualified.leadsReadOnly')}
        </Text>
        <NamedItemsCard
          kind="lead_unqualified_reasons"
          itemLabel={t('settings.sections.unqualified-reasons.item')}
          emptyText={t('settings.unqualified.leadsEmpty')}
          editable={false}
          testId="lead-unqualified-reasons-card"
        />
      </Stack>
    </>
  );
}
