import { useSignedInSession } from '../../auth/useSession';
import type { Deal } from '../api/types';
import { useStages } from '../data/usePipelines';
import { useSellAccount } from '../data/useSellAccount';
import { RecordFormDrawer } from '../forms/RecordFormDrawer';
import { DealForm } from './DealForm';
import { dealFormValues } from './dealFormValues';

interface DealFormDrawerProps {
  opened: boolean;
  /** null creates a new deal. */
  deal: Deal | null;
  onClose: () => void;
  onSaved?: (deal: Deal) => void;
  /** For a new deal: its contact and stage. */
  contactId?: number;
  stageId?: number;
}

const dealName = (deal: Deal) => deal.name;

export function DealFormDrawer({ opened, deal, onClose, onSaved, contactId, stageId }: DealFormDrawerProps) {
  const { user } = useSignedInSession();
  const account = useSellAccount();
  const stages = useStages();
  const ready = Boolean((account.data || account.isError) && (stages.data || stages.isError));
  return (
    <RecordFormDrawer resource="deal" opened={opened} record={deal} ready={ready} nameOf={dealName} onClose={onClose} onSaved={onSaved}>
      {(slot) => (
        <DealForm
          deal={deal}
          initialValues={dealFormValues(deal, slot.definitions, {
            ownerId: user.id,
            currency: account.data?.currency ?? 'USD',
            stageId: stageId ?? stages.data?.find((stage) => stage.active)?.id ?? null,
            contactId,
          })}
          {...slot}
        />
      )}
    </RecordFormDrawer>
  );
}
