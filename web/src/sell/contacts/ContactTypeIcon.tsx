import { ThemeIcon } from '@mantine/core';
import { IconBuilding, IconUser } from '@tabler/icons-react';

/** A building for an organization, a person otherwise. */
export function ContactTypeIcon({ organization, size = 24 }: { organization: boolean; size?: number }) {
  const Icon = organization ? IconBuilding : IconUser;
  return (
    <ThemeIcon size={size} radius="xl" variant="light" color={organization ? 'orange' : 'teal'}>
      <Icon size={Math.round(size * 0.58)} stroke={1.8} aria-hidden="true" />
    </ThemeIcon>
  );
}
