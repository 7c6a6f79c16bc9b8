import { RequestError, type ChatClient } from './client';
import { h } from './dom';
import { checkFields, formField, showFieldErrors, type FormField } from './fields';
import { storage } from './storage';
import { t } from './strings';
import type { WidgetConfig } from './types';

/** The pre-chat form: the details the account asks for, and the first message. */
export function prechatView(client: ChatClient, widget: WidgetConfig): HTMLElement {
  const identity = { ...storage.identity(), ...pick(client.state.visitor) };
  const fields: Record<string, FormField> = {};
  for (const name of ['name', 'email', 'phone'] as const) {
    const mode = widget.prechat[name];
    if (mode === 'hidden') continue;
    fields[name] = formField(name, name, mode, name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text');
    fields[name].input.value = identity[name] ?? '';
  }
  const message = formField('message', 'message', 'optional', 'textarea');
  const failure = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { class: 'primary', type: 'submit' }, t('startChat'));
  const clientId = crypto.randomUUID();
  const form = h('form', { 'data-testid': 'tandem-prechat', novalidate: true }, ...Object.values(fields).map((f) => f.root), message.root, failure, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!checkFields(Object.values(fields))) return;
    submit.disabled = true;
    failure.textContent = '';
    const details = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.input.value.trim()]));
    client.startChat(details, message.input.value, clientId).catch((error: unknown) => {
      submit.disabled = false;
      if (error instanceof RequestError && showFieldErrors(fields, error.fields)) return;
      failure.textContent = t('failed');
    });
  });
  return h('div', { class: 'body' }, widget.greeting ? h('p', { class: 'greeting' }, widget.greeting) : null, form);
}

function pick(visitor: { name: string | null; email: string | null; phone: string | null } | null) {
  if (!visitor) return {};
  return Object.fromEntries(Object.entries({ name: visitor.name, email: visitor.email, phone: visitor.phone }).filter(([, v]) => v)) as Record<string, string>;
}
