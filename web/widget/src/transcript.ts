import type { ChatState } from './client';
import { clear, h } from './dom';
import { t } from './strings';
import type { LogEntry } from './types';

/** Draws the log: messages as text bubbles, joins and leaves as quiet lines, then unsent messages. */
export function renderTranscript(list: HTMLElement, state: ChatState): void {
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
  clear(list);
  let lastVisitorSeq = 0;
  for (const entry of state.entries) {
    const el = entryElement(entry);
    if (el) list.appendChild(el);
    if (entry.type === 'chat.msg' && entry.author.kind === 'visitor') lastVisitorSeq = entry.seq;
  }
  const readSeq = state.chat?.agentReadSeq ?? 0;
  if (lastVisitorSeq && readSeq >= lastVisitorSeq && state.pending.length === 0) list.appendChild(h('span', { class: 'meta' }, t('read')));
  for (const pending of state.pending) {
    if (pending.chatId !== state.chat?.id) continue;
    list.appendChild(h('div', { class: 'msg visitor sending', 'data-testid': 'tandem-message' }, pending.text));
    list.appendChild(h('span', { class: 'meta' }, t('sending')));
  }
  if (nearBottom || list.dataset.drawn !== '1') list.scrollTop = list.scrollHeight;
  list.dataset.drawn = '1';
}

function entryElement(entry: LogEntry): HTMLElement | null {
  const name = entry.author.name;
  switch (entry.type) {
    case 'chat.msg':
      return entry.author.kind === 'visitor'
        ? h('div', { class: 'msg visitor', 'data-testid': 'tandem-message' }, entry.text)
        : h('div', { class: 'msg agent', 'data-testid': 'tandem-message' }, h('span', { class: 'who' }, name), entry.text);
    case 'chat.memberjoin':
      return entry.author.kind === 'agent' ? h('div', { class: 'event' }, t('joined', { name })) : null;
    case 'chat.memberleave':
      return h('div', { class: 'event' }, t('left', { name }));
    case 'chat.ended':
      return h('div', { class: 'event' }, t('ended'));
    default:
      return null;
  }
}
