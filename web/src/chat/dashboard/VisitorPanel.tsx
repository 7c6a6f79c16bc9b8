import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChatView } from '../types';
import { PastChats } from './PastChats';

function Detail({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
        {value || '—'}
      </Text>
    </div>
  );
}

/** Who the visitor is and where they are; every value is shown as text. */
export function VisitorPanel({ chat }: { chat: ChatView }) {
  const { t } = useTranslation('chat');
  const { visitor } = chat;
  const page = visitor.page;
  const safeUrl = page && /^https?:\/\//i.test(page.url) ? page.url : null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="visitor-panel">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('visitor.title')}
        </Title>
        <Detail label={t('visitor.name')} value={visitor.name} testId="visitor-name" />
        <Detail label={t('visitor.email')} value={visitor.email} testId="visitor-email" />
        <Detail label={t('visitor.phone')} value={visitor.phone} testId="visitor-phone" />
        <Detail
          label={t('visitor.page')}
          testId="visitor-page"
          value={
            page &&
            (safeUrl ? (
              <Anchor href={safeUrl} target="_blank" rel="noreferrer noopener" size="sm">
                {page.title || page.url}
              </Anchor>
            ) : (
              page.title || page.url
            ))
          }
        />
        <Detail label={t('visitor.browser')} value={[visitor.browser, visitor.platform].filter(Boolean).join(' · ')} testId="visitor-browser" />
        <PastChats visitorId={visitor.id} currentChatId={chat.id} />
      </Stack>
    </Paper>
  );
}
