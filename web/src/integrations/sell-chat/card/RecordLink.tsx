import { Anchor, Text, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignedInSession } from '../../../auth/useSession';
import { sellRecordPath } from './recordPaths';
import { useCardOptions } from './cardOptions';

type RecordLinkProps = { type: 'lead' | 'contact' | 'deal'; id: number; name: string; size?: MantineSize; fw?: number; children?: ReactNode };

/** A record's name, opening it in Sell for those who have a Sell seat (others see the name alone). */
export function RecordLink({ type, id, name, size = 'sm', fw, children }: RecordLinkProps) {
  const { t } = useTranslation('sellChatCard');
  const { user } = useSignedInSession();
  const { linksInNewTab } = useCardOptions();
  const content = children ?? name;
  if (user.sellRole === 'none') {
    return (
      <Text size={size} fw={fw} component="span" style={{ overflowWrap: 'anywhere' }}>
        {content}
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={sellRecordPath(type, id)}
      size={size}
      fw={fw}
      title={t('openInSell', { name })}
      style={{ overflowWrap: 'anywhere' }}
      {...(linksInNewTab ? { target: '_blank', rel: 'noopener' } : {})}
    >
      {content}
    </Anchor>
  );
}
