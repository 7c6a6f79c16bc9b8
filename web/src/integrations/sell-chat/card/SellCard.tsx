import { Alert, Button, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../../auth/useSession';
import { useApiErrorMessage } from '../../../ui/useApiErrorMessage';
import { CardRefusal } from './CardRefusal';
import { CardOptionsContext } from './cardOptions';
import { CardSkeleton } from './CardSkeleton';
import type { CardVisitor, CreatedLead } from './cardTypes';
import { CreatedLeadNotice } from './CreatedLeadNotice';
import { MatchedCard } from './MatchedCard';
import { NoMatchCard } from './NoMatchCard';
import { refusalOf } from './refusalOf';
import { useChatCard } from './useChatCard';
import classes from './SellCard.module.css';

export type SellCardProps = {
  chatId: string;
  visitor: CardVisitor;
  /** The Sell for Chat installation, for Reconnect (O-9) when its grant is gone. */
  installationId: number | null;
  /** Beside Chat's dashboard: records open in a new tab, so the chats stay open. */
  linksInNewTab?: boolean;
};

/**
 * Sell for Chat beside a chat (W-1 … W-3, S-22, S-26): the visitor's lead or contact as the signed-in
 * agent may see it, Create lead when nothing matches, Note for the rep, or why none of it is allowed.
 */
export function SellCard({ chatId, visitor, installationId, linksInNewTab = false }: SellCardProps) {
  const { t } = useTranslation('sellChatCard');
  const { user } = useSignedInSession();
  const errorMessage = useApiErrorMessage();
  const { card } = useChatCard(chatId, visitor);
  const [created, setCreated] = useState<CreatedLead | null>(null);
  const options = useMemo(() => ({ linksInNewTab, installationId }), [linksInNewTab, installationId]);

  const body = (() => {
    if (card.isPending) return <CardSkeleton />;
    if (card.isError) {
      const refusal = refusalOf(card.error);
      if (refusal) return <CardRefusal refusal={refusal} installationId={refusal.installationId ?? installationId} />;
      return (
        <Alert color="red" variant="light" radius="md" title={t('loadFailed')} data-testid="sell-card-error">
          <Text size="xs" mb="xs">
            {errorMessage(card.error)}
          </Text>
          <Button size="xs" variant="light" color="red" onClick={() => void card.refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      );
    }
    const data = card.data;
    const justCreated = created && data.match?.record.type === 'lead' && data.match.record.id === created.lead.id;
    return (
      <Stack gap="sm">
        {created && (justCreated || !data.match) && <CreatedLeadNotice created={created} />}
        {data.match ? (
          <MatchedCard chatId={chatId} match={data.match} />
        ) : (
          data.noMatch && !created && <NoMatchCard chatId={chatId} noMatch={data.noMatch} onCreated={setCreated} />
        )}
        {data.access.mode === 'all_agents' && data.access.actingAs.id !== user.id && (
          <Text size="xs" c="dimmed" data-testid="sell-card-acting-as">
            {t('actingAs', { name: data.access.actingAs.name })}
          </Text>
        )}
      </Stack>
    );
  })();

  const state = card.isPending ? 'loading' : card.isError ? 'refused' : card.data.result;
  return (
    <CardOptionsContext.Provider value={options}>
      <div className={classes.card} data-testid="sell-card" data-state={state} aria-busy={card.isFetching}>
        {card.isPlaceholderData && (
          <Tooltip label={t('lookingAgain')} withArrow>
            <Loader size={14} className={classes.lookingAgain} aria-label={t('lookingAgain')} data-testid="sell-card-looking-again" />
          </Tooltip>
        )}
        {body}
      </div>
    </CardOptionsContext.Provider>
  );
}
