import { Button, Group } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../../ui/ApiError';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';

interface RecordLoadProblemProps {
  error: unknown;
  listPath: string;
  listLabel: string;
  onRetry: () => void;
}

/**
 * A record that is gone or not yours to see answers 404: say so plainly, with a way back.
 * Anything else may pass: offer to try again.
 */
export function RecordLoadProblem({ error, listPath, listLabel, onRetry }: RecordLoadProblemProps) {
  const { t } = useTranslation('sell');
  const errorMessage = useApiErrorMessage();
  const missing = error === null || (isApiError(error) && error.status === 404);
  const title = missing ? t('records.notFoundTitle') : t('records.loadFailed');
  const { t: tApp } = useTranslation();
  useDocumentTitle(tApp('app.documentTitle', { page: title }));
  return (
    <EmptyStatePanel
      icon={missing ? <IconMapQuestion size={28} /> : <IconAlertTriangle size={28} />}
      color={missing ? 'gray' : 'red'}
      title={title}
      description={missing ? t('records.notFoundDescription') : errorMessage(error)}
      actions={
        <Group gap="sm" justify="center">
          {!missing && (
            <Button variant="light" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
          <Button component={Link} to={listPath} variant={missing ? 'light' : 'default'}>
            {t('records.backTo', { list: listLabel })}
          </Button>
        </Group>
      }
    />
  );
}
