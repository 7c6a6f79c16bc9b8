import { Alert, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CreatedLead } from './cardTypes';
import { RecordLink } from './RecordLink';

/** The lead just made from this chat, with who owns it and why (the rule). */
export function CreatedLeadNotice({ created }: { created: CreatedLead }) {
  const { t } = useTranslation('sellChatCard');
  const owner = created.owner.assignedTo?.name ?? created.owner.name;
  return (
    <Alert variant="light" color="teal" radius="md" p="xs" icon={<IconCircleCheck size={18} aria-hidden="true" />} title={t('createdLead.title')} data-testid="sell-card-created">
      <Text size="xs">
        <RecordLink type="lead" id={created.lead.id} name={created.lead.name} size="xs" fw={600} />
        {' · '}
        {created.owner.kind === 'pool' && created.owner.assignedTo
          ? t('createdLead.ownerFromPool', { name: owner, pool: created.owner.name })
          : t('createdLead.owner', { name: owner })}
      </Text>
    </Alert>
  );
}
