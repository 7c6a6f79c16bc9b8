import { useState } from 'react';
import { Button, Code } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AccessSettings } from './AccessSettings';
import { CreateTokenModal } from './CreateTokenModal';
import { useApiTokens, useRevokeApiToken } from './useApiTokens';

/** Personal access tokens for the Sell API: everyone manages their own. */
export function ApiTokensSettings() {
  const { t } = useTranslation('sell');
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('settings.tokens.add')}
    </Button>
  );
  return (
    <AccessSettings
      kind="tokens"
      list={tokens}
      revoke={revoke}
      nameOf={(token) => token.name}
      emptyIcon={<IconKey size={28} stroke={1.5} />}
      emptyColor="teal"
      addButton={addButton}
      columns={{
        headers: { name: t('settings.tokens.name'), scopes: t('settings.tokens.scopes'), created: t('settings.tokens.created') },
        extra: { header: t('settings.tokens.token'), cell: (token) => <Code>{token.hint}</Code> },
        minWidth: 680,
      }}
    >
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
    </AccessSettings>
  );
}
