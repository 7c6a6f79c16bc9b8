import { useMemo, useRef, useState } from 'react';
import { Button, Loader, Text, ThemeIcon } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { frameSrc } from './frameSrc';
import { useFrameLoad, type FrameLoadState } from './useFrameLoad';
import { useHostBridge, type BridgeOptions } from './useHostBridge';
import classes from './AppFrame.module.css';

/** Never allow-same-origin: the app runs in an opaque origin, away from the page and the session. */
export const APP_FRAME_SANDBOX = 'allow-scripts allow-forms allow-popups';

type AppFrameProps = BridgeOptions & {
  name: string;
  frameUrl: string;
  height: number | string;
};

function FailedMessage({ name, state, onRetry }: { name: string; state: Extract<FrameLoadState, { phase: 'failed' }>; onRetry: () => void }) {
  const { t } = useTranslation('marketplace');
  return (
    <div className={classes.overlay} role="alert" data-testid="app-frame-error">
      <ThemeIcon variant="light" color="red" size={40} radius="xl">
        <IconPlugConnectedX size={22} stroke={1.6} aria-hidden="true" />
      </ThemeIcon>
      <Text fw={600} size="sm">
        {t('frame.failedTitle', { name })}
      </Text>
      <Text size="xs" c="dimmed" maw={280}>
        {state.reason === 'unavailable' ? t('frame.failedStatus', { status: state.status }) : t(`frame.failed.${state.reason}`)}
      </Text>
      <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden="true" />} onClick={onRetry}>
        {t('frame.retry')}
      </Button>
    </div>
  );
}

/** An installed app at its place: a sandboxed frame, its bridge, and what to show while it loads or when it cannot. */
export function AppFrame({ name, frameUrl, height, ...bridge }: AppFrameProps) {
  const { t } = useTranslation('marketplace');
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [attempt, setAttempt] = useState(0);
  const src = useMemo(() => frameSrc(frameUrl), [frameUrl]);
  const { state, loaded } = useFrameLoad(src, attempt);
  useHostBridge(frameRef, bridge);
  const showFrame = state.phase === 'loading' || state.phase === 'ready';
  return (
    <div className={classes.frameBox} style={{ height }} data-testid="app-frame" data-state={state.phase} data-installation-id={bridge.installationId}>
      {showFrame && (
        <iframe
          key={attempt}
          ref={frameRef}
          src={src}
          title={t('frame.title', { name })}
          sandbox={APP_FRAME_SANDBOX}
          className={`${classes.frame} ${state.phase === 'ready' ? '' : classes.hidden}`}
          onLoad={loaded}
        />
      )}
      {(state.phase === 'checking' || state.phase === 'loading') && (
        <div className={classes.overlay} role="status">
          <Loader size="sm" type="dots" />
          <Text size="xs" c="dimmed">
            {t('frame.loading', { name })}
          </Text>
        </div>
      )}
      {state.phase === 'failed' && <FailedMessage name={name} state={state} onRetry={() => setAttempt((n) => n + 1)} />}
    </div>
  );
}
