import { AppError } from '../../platform/http/app-error.ts';

/** A lead needs a last name or an organization name: exactly one error when it has neither. */
export function requireLeadName(lead: { last_name: string | null; organization_name: string | null }) {
  if (!lead.last_name && !lead.organization_name) {
    throw new AppError(422, 'validation_failed', 'Some fields are not valid.', [
      { field: 'last_name', code: 'blank', message: 'Enter a last name or an organization name.' },
    ]);
  }
}
