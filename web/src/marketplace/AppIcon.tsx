import { Avatar } from '@mantine/core';

/** An app's icon; its initials when the icon cannot be loaded. Decorative: the name is always beside it. */
export function AppIcon({ name, src, size = 40 }: { name: string; src: string; size?: number }) {
  return <Avatar src={src || null} name={name} color="initials" size={size} radius="md" alt="" variant="light" imageProps={{ draggable: false }} />;
}
