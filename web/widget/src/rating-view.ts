import type { ChatClient } from './client';
import { h } from './dom';
import { t } from './strings';

/** After (or during) a chat: good or bad, and a comment. */
export function ratingView(client: ChatClient): HTMLElement {
  const chat = client.state.chat;
  const buttons: HTMLButtonElement[] = [];
  const thumb = (rating: 'good' | 'bad', label: string) => {
    const button = h('button', { class: 'secondary', type: 'button', 'aria-pressed': String(chat?.rating === rating), 'data-rating': rating }, label);
    button.addEventListener('click', () => {
      const next = client.state.chat?.rating === rating ? null : rating;
      client
        .rate(next)
        .then(() => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.rating === next))))
        .catch(() => undefined);
    });
    buttons.push(button);
    return button;
  };
  const comment = h('textarea', { name: 'comment', rows: '2', maxlength: '1000' });
  comment.value = chat?.comment ?? '';
  const done = h('p', { class: 'note', role: 'status' });
  const send = h('button', { class: 'secondary', type: 'submit' }, t('sendComment'));
  const form = h('form', {}, h('label', {}, t('commentLabel'), comment), send, done);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!comment.value.trim()) return;
    client
      .rate(client.state.chat?.rating ?? null, comment.value.trim())
      .then(() => (done.textContent = t('thanks')))
      .catch(() => (done.textContent = t('failed')));
  });
  const again = h('button', { class: 'primary', type: 'button' }, t('newChat'));
  again.addEventListener('click', () => client.forgetChat());
  return h(
    'div',
    { class: 'rating', 'data-testid': 'tandem-rating' },
    h('strong', {}, t('rateTitle')),
    h('div', { class: 'row' }, thumb('good', t('good')), thumb('bad', t('bad'))),
    form,
    again,
  );
}
