import { Alert, Anchor, Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Lead } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { appRecordPath } from '../records/resourcePaths';

/** A converted lead says so, and leads on to what it became. */
export function ConvertedNotice({ lead }: { lead: Lead }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  if (!lead.converted_at) return null;
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('leads.convertedTitle')} mb="lg" data-testid="converted-notice">
      <Text size="sm" mb={lead.converted_contact_id || lead.converted_deal_id ? 6 : 0}>
        {t('leads.convertedOn', { date: format.dateTime(lead.converted_at) })}
      </Text>
      <Group gap="lg">
        {lead.converted_contact_id && (
          <Anchor component={Link} to={appRecordPath('contact', lead.converted_contact_id)} size="sm" fw={600}>
            {t('leads.openContact')}
          </Anchor>
        )}
        {lead.converted_deal_id && (
          <Anchor component={Link} to={appRecordPath('deal', lead.converted_deal_id)} size="sm" fw={600}>
            {t('leads.openDeal')}
          </Anchor>
        )}
      </Group>
    </Alert>
  );
}
