import { Badge, Group } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';

/** A record's tags as quiet badges. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={6}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none" fw={500} leftSection={<IconTag size={11} aria-hidden="true" />}>
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
