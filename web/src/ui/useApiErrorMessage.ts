import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, NETWORK_ERROR_CODE } from './ApiError';

/**
 * Server messages are English. Known codes get a translated message;
 * anything else shows the server's own message.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('errors.unexpected');
      switch (error.code) {
        case 'invalid_credentials':
          return t('errors.invalidCredentials');
        case 'rate_limited':
          return error.retryAfterSeconds !== null
            ? t('errors.rateLimitedSeconds', { seconds: error.retryAfterSeconds })
            : t('errors.rateLimited');
        case 'email_taken':
          return t('errors.emailTaken');
        case 'setup_done':
          return t('errors.setupDone');
        case 'forbidden':
          return t('errors.forbidden');
        case 'csrf_failed':
          return t('errors.csrfFailed');
        case 'unauthenticated':
          return t('errors.unauthenticated');
        case 'user_deactivated':
          return t('errors.userDeactivated');
        case 'not_found':
          return t('errors.notFound');
        case 'validation_failed':
          return t('errors.validationFailed');
        case 'internal':
          return t('errors.internal');
        case NETWORK_ERROR_CODE:
          return t('errors.network');
        default:
          return error.message || t('errors.unexpected');
      }
    },
    [t],
  );
}
