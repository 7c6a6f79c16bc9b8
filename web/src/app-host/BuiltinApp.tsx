import { Skeleton, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationApp } from '../marketplace/api/types';
import { builtinApps, type BuiltinSidebarProps } from './builtinApps';

function UnknownBuiltin({ app }: { app: LocationApp }) {
  const { t } = useTranslation('marketplace');
  return (
    <Text size="xs" c="dimmed" p="sm">
      {t('frame.builtinMissing', { name: app.name })}
    </Text>
  );
}

/** A built-in app beside a chat, drawn by its component. */
export function BuiltinSidebarApp({ app, chat }: BuiltinSidebarProps) {
  const Component = builtinApps[app.app_id]?.chat_sidebar;
  if (!Component) return <UnknownBuiltin app={app} />;
  return (
    <Suspense fallback={<Skeleton height={120} m="sm" radius="md" />}>
      <Component app={app} chat={chat} />
    </Suspense>
  );
}

/** A built-in app in Sell's top bar, drawn by its component (it brings its own icon and panel). */
export function BuiltinTopBarApp({ app }: { app: LocationApp }) {
  const Component = builtinApps[app.app_id]?.sell_top_bar;
  if (!Component) return null;
  return (
    <Suspense fallback={<Skeleton height={36} width={36} radius="md" />}>
      <Component app={app} />
    </Suspense>
  );
}
