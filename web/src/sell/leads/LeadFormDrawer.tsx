import { useSignedInSession } from '../../auth/useSession';
import type { Lead } from '../api/types';
import { useLeadStatuses } from '../data/useLeadStatuses';
import { RecordFormDrawer } from '../forms/RecordFormDrawer';
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
  const { user } = useSignedInSession();
  const statuses = useLeadStatuses();
  return (
    <RecordFormDrawer
      resource="lead"
      opened={opened}
      record={lead}
      ready={statuses.data !== undefined || statuses.isError}
      nameOf={leadName}
      onClose={onClose}
      onSaved={onSaved}
    >
      {(slot) => (
        <LeadForm
          lead={lead}
          initialValues={leadFormValues(lead, slot.definitions, {
            status: statuses.data?.find((status) => status.default)?.name ?? null,
            ownerId: user.id,
          })}
          {...slot}
        />
      )}
    </RecordFormDrawer>
  );
}
