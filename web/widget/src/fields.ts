import { h } from './dom';
import { t, type StringKey } from './strings';
import type { Field } from './types';

export type FormField = { root: HTMLLabelElement; input: HTMLInputElement | HTMLTextAreaElement; error: HTMLSpanElement; required: boolean };

/** One labelled input with a place for its error. The label's text is ours; the value is only ever a value. */
export function formField(name: string, label: StringKey, mode: Field, type = 'text'): FormField {
  const required = mode === 'required';
  const input =
    type === 'textarea'
      ? h('textarea', { name, required, rows: '3' })
      : h('input', { name, type, required, autocomplete: name === 'phone' ? 'tel' : name });
  const error = h('span', { class: 'error', role: 'alert' });
  const root = h('label', {}, `${t(label)}${required ? '' : ` ${t('optional')}`}`, input, error);
  return { root, input, error, required };
}

/** Checks the required fields; returns whether the form may be sent. */
export function checkFields(fields: FormField[]): boolean {
  let ok = true;
  for (const field of fields) {
    const missing = field.required && !field.input.value.trim();
    field.error.textContent = missing ? t('required') : '';
    field.input.setAttribute('aria-invalid', String(missing));
    if (missing) ok = false;
  }
  return ok;
}

/** Shows the server's field errors beside the fields they name. */
export function showFieldErrors(fields: Record<string, FormField>, errors: { field: string; message: string }[]): boolean {
  let shown = false;
  for (const error of errors) {
    const field = fields[error.field];
    if (field) {
      field.error.textContent = error.message;
      shown = true;
    }
  }
  return shown;
}
