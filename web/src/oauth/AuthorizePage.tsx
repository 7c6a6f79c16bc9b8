import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { AuthLayout } from '../auth/AuthLayout';
import { useApiErrorMessage } from '../ui/useApiErrorMessage';
import { AuthorizationDetails } from './AuthorizationDetails';
import { AuthorizeErrorPanel } from './AuthorizeErrorPanel';
import { isRedirect } from './oauthApi';
import { useAuthorizationDecision, useAuthorizationRequest } from './useAuthorizationRequest';

/**
 * The Authorize application dialog at /oauth2/authorize (and /oauth/authorize): an app asks to use
 * Tandem as the signed-in user; Authorize or Cancel sends the browser back to the app.
 */
export function AuthorizePage() {
  const { t } = useTranslation('oauth');
  const errorMessage = useApiErrorMessage();
  const search = useLocation().search.replace(/^\?/, '');
  const request = useAuthorizationRequest(search);
  const decision = useAuthorizationDecision(search);
  const answer = request.data;
  const goingBack = (answer !== undefined && isRedirect(answer)) || decision.isSuccess;

  useEffect(() => {
    if (answer && isRedirect(answer)) window.location.assign(answer.redirect_to);
  }, [answer]);

  const info = answer && !isRedirect(answer) ? answer : null;
  const description = info ? t('authorize.wantsAccess', { app: info.client.name }) : request.isError ? t('errors.nothingShared') : t('authorize.loading');

  return (
    <AuthLayout title={t('authorize.title')} description={description} width={500}>
      {request.isError ? (
        <AuthorizeErrorPanel error={request.error} />
      ) : goingBack || !info ? (
        <Center py="xl">
          <Stack align="center" gap="sm" role="status">
            <Loader type="dots" />
            <Text size="sm" c="dimmed">
              {goingBack ? t('authorize.returning') : t('authorize.loading')}
            </Text>
          </Stack>
        </Center>
      ) : (
        <Stack gap="lg" data-testid="oauth-authorize">
          <AuthorizationDetails info={info} />
          {decision.isError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {errorMessage(decision.error)}
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('authorize.trustNote')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => decision.mutate('cancel')} disabled={decision.isPending}>
              {t('authorize.cancelButton')}
            </Button>
            <Button onClick={() => decision.mutate('authorize')} loading={decision.isPending && decision.variables === 'authorize'} disabled={decision.isPending} autoFocus>
              {t('authorize.authorizeButton')}
            </Button>
          </Group>
        </Stack>
      )}
    </AuthLayout>
  );
}
