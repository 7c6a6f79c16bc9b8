import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { ContentLoader } from '../../ui/ContentLoader';
import type { Lead } from '../api/types';
import { useCustomFieldDefinitions } from '../data/useCustomFieldDefinitions';
import { useLeadStatuses } from '../data/useLeadStatuses';
import { RecordFormDrawer } from '../forms/RecordFormDrawer';
import { useNotify } from '../../ui/useNotify';
import { leadName } from '../records/recordNames';
import { LeadForm } from './LeadForm';
import { leadFormValues } from './leadFormValues';

interface LeadFormDrawerProps {
  opened: boolean;
  /** null creates a new lead. */
  lead: Lead | null;
  onClose: () => void;
  onSaved?: (lead: Lead) => void;
}

export function LeadFormDrawer({ opened, lead, onClose, onSaved }: LeadFormDrawerProps) {
  const { t } = useTranslation('sell');
  const { user } = useSignedInSession();
  const notify = useNotify();
  const definitions = useCustomFieldDefinitions('lead');
  const statuses = useLeadStatuses();
  // Without the definitions the form still works, only without custom fields.
  const fields = definitions.data ?? (definitions.isError ? [] : undefined);
  const ready = fields !== undefined && (statuses.data !== undefined || statuses.isError);
  return (
    <RecordFormDrawer opened={opened} title={lead ? t('leads.editTitle') : t('leads.newTitle')} onClose={onClose}>
      {ready && fields ? (
        <LeadForm
          lead={lead}
          definitions={fields}
          initialValues={leadFormValues(lead, fields, {
            status: statuses.data?.find((status) => status.default)?.name ?? null,
            ownerId: user.id,
          })}
          onCancel={onClose}
          onSaved={(saved) => {
            notify.success(lead ? t('leads.saved', { name: leadName(saved) }) : t('leads.created', { name: leadName(saved) }));
            onClose();
            onSaved?.(saved);
          }}
        />
      ) : (
        <ContentLoader />
      )}
    </RecordFormDrawer>
  );
}
