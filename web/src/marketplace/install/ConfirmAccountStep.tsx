import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';
import type { AppListing, InstallFailure } from '../api/types';
import { useCheckInstall } from '../api/useMarketplaceApi';
import { InstallFailures } from '../InstallFailures';

/**
 * Step 1: confirm or type the account's subdomain, then the server checks every install rule. Any
 * failure is listed and nothing goes further.
 */
export function ConfirmAccountStep({ app, onConfirmed }: { app: AppListing; onConfirmed: (subdomain: string) => void }) {
  const { t } = useTranslation('marketplace');
  const { t: tApp } = useTranslation();
  const { account } = useSignedInSession();
  const errorMessage = useApiErrorMessage();
  const check = useCheckInstall();
  const [subdomain, setSubdomain] = useState(account.subdomain);
  const [failures, setFailures] = useState<InstallFailure[]>([]);
  const [inputError, setInputError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const typed = subdomain.trim().toLowerCase();
    if (!typed) return setInputError(t('install.subdomainRequired'));
    setInputError(null);
    check.mutate(
      { appId: app.id, subdomain: typed },
      {
        onSuccess: (result) => {
          setFailures(result.failures);
          if (result.ok) onConfirmed(typed);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="confirm-account-step">
      <Stack gap="md">
        <Text size="sm">{t('install.accountIntro', { name: app.name, product: tApp(`products.${app.product}.name`), account: account.name })}</Text>
        <TextInput
          label={t('install.subdomainLabel')}
          description={t('install.subdomainHint')}
          value={subdomain}
          onChange={(event) => setSubdomain(event.currentTarget.value)}
          error={inputError ?? (check.isError ? errorMessage(check.error) : null)}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          maw={360}
          data-autofocus
        />
        <InstallFailures failures={failures} title={t('install.notAllowedTitle', { name: app.name })} />
        <Group justify="flex-end">
          <Button type="submit" loading={check.isPending}>
            {t('actions.install')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
