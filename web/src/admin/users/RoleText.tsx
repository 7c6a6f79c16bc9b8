import { Text } from '@mantine/core';

/** A role in a table cell; "no access" reads quieter than a real role. */
export function RoleText({ label, none }: { label: string; none: boolean }) {
  return (
    <Text size="sm" c={none ? 'dimmed' : undefined} fw={none ? 400 : 500}>
      {label}
    </Text>
  );
}
