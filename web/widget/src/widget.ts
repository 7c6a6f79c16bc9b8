import { ChatClient } from './client';
import { chatView, type ChatView } from './chat-view';
import { h } from './dom';
import { offlineView } from './offline-view';
import { prechatView } from './prechat-view';
import { storage } from './storage';
import { t } from './strings';
import { styles } from './styles';

type Handler = (data: unknown) => void;

const CHAT_ICON =
  'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';

function chatIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  for (const [k, v] of Object.entries({ width: '26', height: '26', viewBox: '0 0 24 24', fill: 'currentColor', 'aria-hidden': 'true' })) svg.setAttribute(k, v);
  path.setAttribute('d', CHAT_ICON);
  svg.appendChild(path);
  return svg;
}

/** The widget on the host page: a launcher and a panel inside a shadow root. */
export class Widget {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly client: ChatClient;
  private readonly style = h('style');
  private readonly panel = h('section', { class: 'panel', role: 'dialog', 'aria-label': t('title'), 'data-testid': 'tandem-panel' });
  private readonly launcher = h('button', { class: 'launcher', type: 'button', 'aria-label': t('openChat'), 'data-testid': 'tandem-launcher' });
  private readonly title = h('span', { class: 'title' });
  private readonly endButton = h('button', { type: 'button', 'data-testid': 'tandem-end' }, t('endChat'));
  private readonly content = h('div', { style: 'display:flex;flex-direction:column;flex:1;min-height:0' });
  private viewKey = '';
  private chat: ChatView | null = null;
  private isOpen = storage.open();

  constructor(base: string) {
    const host = h('div', { id: 'tandem-chat-widget' });
    const shadow = host.attachShadow({ mode: 'open' });
    this.launcher.appendChild(chatIcon());
    this.launcher.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    this.endButton.addEventListener('click', () => void this.client.end().catch(() => undefined));
    const minimize = h('button', { type: 'button', 'aria-label': t('closeChat') }, '—');
    minimize.addEventListener('click', () => this.close());
    this.panel.append(h('header', { class: 'head' }, this.title, this.endButton, minimize), this.content);
    shadow.append(this.style, h('div', { class: 'root' }, this.panel, this.launcher));
    document.body.appendChild(host);
    this.client = new ChatClient(base, (event, data) => this.emit(event, data));
    this.client.subscribe(() => this.render());
    this.render();
  }

  on(event: string, handler: Handler): void {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(handler);
  }

  private emit(event: string, data: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) {
      try {
        handler(data);
      } catch (error) {
        console.error(error);
      }
    }
  }

  open(): void {
    this.setOpen(true);
  }

  close(): void {
    this.setOpen(false);
  }

  identify(details: { name?: string; email?: string; phone?: string }): Promise<void> {
    const known = ['name', 'email', 'phone'] as const;
    const picked = Object.fromEntries(known.filter((k) => details && typeof details[k] === 'string').map((k) => [k, details[k]]));
    return this.client.identify(picked);
  }

  private setOpen(open: boolean): void {
    if (open === this.isOpen) return;
    this.isOpen = open;
    storage.saveOpen(open);
    this.render();
    this.emit(open ? 'open' : 'close', null);
  }

  private render(): void {
    const { widget, chat, ready } = this.client.state;
    this.style.textContent = styles(widget?.color ?? '#3b5bdb');
    this.panel.hidden = !this.isOpen;
    this.launcher.setAttribute('aria-expanded', String(this.isOpen));
    this.endButton.hidden = !chat || chat.status === 'ended';
    this.title.textContent = !chat ? t('title') : chat.status === 'ended' ? t('ended') : chat.agent ? t('chattingWith', { name: chat.agent.name }) : t('waiting');
    const key = !ready || !widget ? 'connecting' : chat ? `chat:${chat.id}` : widget.accountStatus === 'online' ? 'prechat' : 'offline';
    if (key === this.viewKey) {
      this.chat?.update();
      return;
    }
    this.viewKey = key;
    this.chat = null;
    if (key === 'connecting') this.content.replaceChildren(h('p', { class: 'status' }, t('connecting')));
    else if (key === 'prechat' && widget) this.content.replaceChildren(prechatView(this.client, widget));
    else if (key === 'offline' && widget) this.content.replaceChildren(offlineView(this.client, widget));
    else {
      this.chat = chatView(this.client);
      this.content.replaceChildren(this.chat.el);
    }
  }
}
