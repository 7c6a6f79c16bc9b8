import { Alert, Button, Code, CopyButton, Group, Stack } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The new token's secret, shown this once, with a copy button. */
export function TokenSecretPanel({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation('sell');
  return (
    <Stack gap="md" data-testid="token-secret">
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('settings.tokens.copyNowTitle')}>
        {t('settings.tokens.copyNowDescription', { name })}
      </Alert>
      <Code block style={{ wordBreak: 'break-all', fontSize: 'var(--mantine-font-size-sm)' }} aria-label={t('settings.tokens.secretLabel')}>
        {secret}
      </Code>
      <Group justify="space-between">
        <CopyButton value={secret} timeout={2500}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />}
              onClick={copy}
            >
              {copied ? t('settings.tokens.copied') : t('settings.tokens.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          {t('settings.tokens.done')}
        </Button>
      </Group>
    </Stack>
  );
}
