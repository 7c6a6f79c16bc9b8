import { Widget } from './widget';

type TandemApi = {
  identify: (details: { name?: string; email?: string; phone?: string }) => Promise<void>;
  open: () => void;
  close: () => void;
  on: (event: string, handler: (data: unknown) => void) => void;
};

declare global {
  interface Window {
    Tandem?: TandemApi;
  }
}

/** The server the script came from is the account's host: chat with it. */
function serverOrigin(): string {
  const script = document.currentScript as HTMLScriptElement | null;
  return script?.src ? new URL(script.src).origin : location.origin;
}

function start(base: string): void {
  if (window.Tandem) return;
  const widget = new Widget(base);
  window.Tandem = {
    identify: (details) => widget.identify(details),
    open: () => widget.open(),
    close: () => widget.close(),
    on: (event, handler) => widget.on(event, handler),
  };
  window.dispatchEvent(new Event('tandem:ready'));
}

const base = serverOrigin();
if (document.body) start(base);
else document.addEventListener('DOMContentLoaded', () => start(base));
