import type { ChatClient } from './client';
import { h } from './dom';
import { ratingView } from './rating-view';
import { t } from './strings';
import { renderTranscript } from './transcript';

export type ChatView = { el: HTMLElement; update: () => void };

/** The conversation: the log, the agent's typing, and the composer (or the rating once it ended). */
export function chatView(client: ChatClient): ChatView {
  const list = h('div', { class: 'body', 'data-testid': 'tandem-transcript', role: 'log', 'aria-live': 'polite' });
  const typing = h('div', { class: 'typing', 'data-testid': 'tandem-typing', 'aria-live': 'polite' });
  const connection = h('div', { class: 'status warn', 'data-testid': 'tandem-connection', role: 'status' });
  const input = h('textarea', { name: 'message', rows: '1', 'aria-label': t('message'), placeholder: t('writeMessage') });
  const composer = h('form', { class: 'composer' }, input, h('button', { class: 'primary', type: 'submit' }, t('send')));
  const footer = h('div');
  const el = h('div', { style: 'display:flex;flex-direction:column;flex:1;min-height:0' }, list, connection, typing, footer);
  let typingSince = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let ratingShown = false;

  const stopTyping = () => {
    clearTimeout(idle);
    if (typingSince) client.typing(false);
    typingSince = 0;
  };
  input.addEventListener('input', () => {
    if (!typingSince) client.typing(true);
    typingSince = Date.now();
    clearTimeout(idle);
    idle = setTimeout(stopTyping, 3000);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    client.send(input.value);
    input.value = '';
    stopTyping();
  });

  const update = () => {
    const { chat, agentTyping, connected } = client.state;
    renderTranscript(list, client.state);
    connection.textContent = connected ? '' : t('reconnecting');
    connection.hidden = connected;
    typing.textContent = agentTyping ? t('typing', { name: agentTyping }) : '';
    const ended = chat?.status === 'ended';
    if (ended && !ratingShown) {
      footer.replaceChildren(ratingView(client));
      ratingShown = true;
    } else if (!ended && footer.firstChild !== composer) {
      footer.replaceChildren(composer);
      ratingShown = false;
    }
  };
  update();
  return { el, update };
}
