import { Paper } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatTopBarIcon, type ChatPresence } from './ChatTopBarIcon';
import classes from './ChatForSell.module.css';

export type PanelState = { opened: boolean; setOpened: (opened: boolean) => void };

type ChatTopBarFrameProps = PanelState & {
  presence: ChatPresence;
  waiting: number;
  flashing: boolean;
  label: string;
  wide: boolean;
  children: ReactNode;
};

const typingIn = (target: EventTarget) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/**
 * The Chat icon and the panel it opens over the Sell page. The panel is only hidden while closed,
 * so a half-written answer survives closing it; it closes from its button, the icon or Escape.
 */
export function ChatTopBarFrame({ opened, setOpened, presence, waiting, flashing, label, wide, children }: ChatTopBarFrameProps) {
  const { t } = useTranslation('chatForSell');
  const panelId = useId();
  return (
    <div className={classes.anchor} data-testid="chat-for-sell">
      <ChatTopBarIcon
        presence={presence}
        waiting={waiting}
        flashing={flashing}
        opened={opened}
        label={label}
        panelId={panelId}
        onClick={() => setOpened(!opened)}
      />
      <Paper
        id={panelId}
        className={`${classes.panel} ${wide ? classes.wide : classes.narrow}`}
        shadow="xl"
        radius="md"
        withBorder
        role="dialog"
        aria-label={t('panel.title')}
        data-opened={opened || undefined}
        data-testid="chat-for-sell-panel"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !typingIn(event.target) && !event.defaultPrevented) setOpened(false);
        }}
      >
        {children}
      </Paper>
    </div>
  );
}
