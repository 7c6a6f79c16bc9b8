import { addressSchema } from './address.ts';
import { customFieldsInput, emailInput, longText, optionalText, tagsInput } from './input-fields.ts';

/** The contact details, tags and custom fields leads and contacts both accept. */
export const personInputFields = {
  title: optionalText(),
  description: optionalText(longText),
  industry: optionalText(),
  website: optionalText(),
  email: emailInput,
  phone: optionalText(),
  mobile: optionalText(),
  fax: optionalText(),
  twitter: optionalText(),
  facebook: optionalText(),
  linkedin: optionalText(),
  skype: optionalText(),
  address: addressSchema,
  tags: tagsInput,
  custom_fields: customFieldsInput,
};
