import { RequestError, type ChatClient } from './client';
import { h } from './dom';
import { checkFields, formField, showFieldErrors } from './fields';
import { storage } from './storage';
import { t } from './strings';
import type { WidgetConfig } from './types';

/** When no agent is online: name, email, phone and a message, kept as an offline message for the agents. */
export function offlineView(client: ChatClient, widget: WidgetConfig): HTMLElement {
  const identity = storage.identity();
  const fields = {
    name: formField('name', 'name', 'required'),
    email: formField('email', 'email', 'required', 'email'),
    phone: formField('phone', 'phone', 'optional', 'tel'),
    message: formField('message', 'message', 'required', 'textarea'),
  };
  fields.name.input.value = identity.name ?? client.state.visitor?.name ?? '';
  fields.email.input.value = identity.email ?? client.state.visitor?.email ?? '';
  fields.phone.input.value = identity.phone ?? client.state.visitor?.phone ?? '';
  const failure = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { class: 'primary', type: 'submit' }, t('sendOffline'));
  const form = h('form', { 'data-testid': 'tandem-offline', novalidate: true }, ...Object.values(fields).map((f) => f.root), failure, submit);
  const body = h('div', { class: 'body' }, h('p', { class: 'greeting' }, widget.offlineGreeting || t('offlineTitle')), form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!checkFields(Object.values(fields))) return;
    submit.disabled = true;
    const value = (name: keyof typeof fields) => fields[name].input.value.trim();
    client
      .sendOffline({ name: value('name'), email: value('email'), phone: value('phone'), message: fields.message.input.value })
      .then(() => form.replaceWith(h('p', { class: 'note', role: 'status' }, t('offlineSent'))))
      .catch((error: unknown) => {
        submit.disabled = false;
        if (error instanceof RequestError && showFieldErrors(fields, error.fields)) return;
        failure.textContent = t('failed');
      });
  });
  return body;
}
