import { Button, Group, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../live/liveContext';

/** Writes to the visitor: Enter sends, Shift+Enter makes a new line; tells the visitor while typing. */
export function Composer({ chatId }: { chatId: string }) {
  const { t } = useTranslation('chat');
  const { actions } = useLive();
  const [text, setText] = useState('');
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (typing.current) actions.typing(chatId, false);
    typing.current = false;
  };
  useEffect(() => stopTyping, []); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (value: string) => {
    setText(value);
    if (!typing.current) actions.typing(chatId, true);
    typing.current = true;
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, 3000);
  };
  const send = () => {
    if (!text.trim()) return;
    actions.send(chatId, text);
    setText('');
    stopTyping();
  };

  return (
    <Group
      component="form"
      p="sm"
      gap="sm"
      align="flex-end"
      wrap="nowrap"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Textarea
        aria-label={t('composer.label')}
        placeholder={t('composer.placeholder')}
        autosize
        minRows={1}
        maxRows={5}
        maxLength={5000}
        style={{ flex: 1 }}
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            send();
          }
        }}
      />
      <Button type="submit" disabled={!text.trim()}>
        {t('composer.send')}
      </Button>
    </Group>
  );
}
