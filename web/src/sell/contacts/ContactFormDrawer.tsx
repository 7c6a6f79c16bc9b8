import { useSignedInSession } from '../../auth/useSession';
import type { Contact } from '../api/types';
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
  const { user } = useSignedInSession();
  return (
    <RecordFormDrawer resource="contact" opened={opened} record={contact} nameOf={contactName} onClose={onClose} onSaved={onSaved}>
      {(slot) => (
        <ContactForm
          contact={contact}
          initialValues={contactFormValues(contact, slot.definitions, { ownerId: user.id, isOrganization: startAsOrganization, organizationId })}
          {...slot}
        />
      )}
    </RecordFormDrawer>
  );
}
