import { Badge } from '@mantine/core';
import { useLeadStatuses } from '../data/useLeadStatuses';

const PALETTE = ['blue', 'yellow', 'gray', 'teal', 'grape', 'cyan', 'orange', 'pink', 'lime', 'indigo'];

/** A lead status; its colour follows its place in the account's list, so it is the same everywhere. */
export function LeadStatusBadge({ status, size = 'sm' }: { status: string | null; size?: 'sm' | 'md' | 'lg' }) {
  const statuses = useLeadStatuses();
  if (!status) return null;
  const index = (statuses.data ?? []).findIndex((candidate) => candidate.name === status);
  const color = index < 0 ? 'gray' : PALETTE[index % PALETTE.length];
  return (
    <Badge color={color} variant="light" size={size} tt="none" radius="sm">
      {status}
    </Badge>
  );
}
