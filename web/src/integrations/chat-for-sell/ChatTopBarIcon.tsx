import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import classes from './ChatForSell.module.css';

export type ChatPresence = 'online' | 'away' | 'invisible' | 'signed_out' | 'connecting';

type ChatTopBarIconProps = {
  presence: ChatPresence;
  waiting: number;
  /** W-4: a request waits and the rep is Online. */
  flashing: boolean;
  opened: boolean;
  label: string;
  panelId: string;
  onClick: () => void;
};

/** The Chat icon at the right of Sell's top bar: the rep's status as a dot, waiting requests as a count, flashing while one waits. */
export const ChatTopBarIcon = forwardRef<HTMLButtonElement, ChatTopBarIconProps>(function ChatTopBarIcon(
  { presence, waiting, flashing, opened, label, panelId, onClick },
  ref,
) {
  return (
    <Tooltip label={label} withArrow disabled={opened}>
      <Indicator label={waiting} size={16} color="red" disabled={waiting === 0} offset={6} zIndex={5}>
        <ActionIcon
          ref={ref}
          variant={opened ? 'light' : 'subtle'}
          color="gray"
          size={36}
          radius="md"
          onClick={onClick}
          aria-label={label}
          aria-expanded={opened}
          aria-controls={panelId}
          className={classes.icon}
          data-flashing={flashing || undefined}
          data-presence={presence}
          data-testid="chat-top-bar-icon"
        >
          <IconMessageCircle size={22} stroke={1.7} />
          <span className={classes.presence} data-presence={presence} aria-hidden="true" />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
});
