import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { ContentLoader } from '../../ui/ContentLoader';
import { useNotify } from '../../ui/useNotify';
import type { Deal } from '../api/types';
import { useCustomFieldDefinitions } from '../data/useCustomFieldDefinitions';
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

export function DealFormDrawer({ opened, deal, onClose, onSaved, contactId, stageId }: DealFormDrawerProps) {
  const { t } = useTranslation('sell');
  const { user } = useSignedInSession();
  const notify = useNotify();
  const definitions = useCustomFieldDefinitions('deal');
  const account = useSellAccount();
  const stages = useStages();
  const fields = definitions.data ?? (definitions.isError ? [] : undefined);
  const ready = fields && (account.data || account.isError) && (stages.data || stages.isError);
  return (
    <RecordFormDrawer opened={opened} title={deal ? t('deals.editTitle') : t('deals.newTitle')} onClose={onClose}>
      {ready ? (
        <DealForm
          deal={deal}
          definitions={fields}
          initialValues={dealFormValues(deal, fields, {
            ownerId: user.id,
            currency: account.data?.currency ?? 'USD',
            stageId: stageId ?? stages.data?.find((stage) => stage.active)?.id ?? null,
            contactId,
          })}
          onCancel={onClose}
          onSaved={(saved) => {
            notify.success(deal ? t('deals.saved', { name: saved.name }) : t('deals.created', { name: saved.name }));
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
