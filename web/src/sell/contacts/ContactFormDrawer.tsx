import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import { ContentLoader } from '../../ui/ContentLoader';
import { useNotify } from '../../ui/useNotify';
import type { Contact } from '../api/types';
import { useCustomFieldDefinitions } from '../data/useCustomFieldDefinitions';
import { RecordFormDrawer } from '../forms/RecordFormDrawer';
import { contactName } from '../records/recordNames';
import { ContactForm } from './ContactForm';
import { contactFormValues } from './contactFormValues';

interface ContactFormDrawerProps {
  opened: boolean;
  /** null creates a new contact. */
  contact: Contact | null;
  onClose: () => void;
  onSaved?: (contact: Contact) => void;
  /** For a new contact: start as an organization, or as a person in this organization. */
  startAsOrganization?: boolean;
  organizationId?: number;
}

export function ContactFormDrawer({ opened, contact, onClose, onSaved, startAsOrganization = false, organizationId }: ContactFormDrawerProps) {
  const { t } = useTranslation('sell');
  const { user } = useSignedInSession();
  const notify = useNotify();
  const definitions = useCustomFieldDefinitions('contact');
  const fields = definitions.data ?? (definitions.isError ? [] : undefined);
  return (
    <RecordFormDrawer opened={opened} title={contact ? t('contacts.editTitle') : t('contacts.newTitle')} onClose={onClose}>
      {fields ? (
        <ContactForm
          contact={contact}
          definitions={fields}
          initialValues={contactFormValues(contact, fields, { ownerId: user.id, isOrganization: startAsOrganization, organizationId })}
          onCancel={onClose}
          onSaved={(saved) => {
            const name = contactName(saved);
            notify.success(contact ? t('contacts.saved', { name }) : t('contacts.created', { name }));
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
