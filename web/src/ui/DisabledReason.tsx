import type { ReactNode } from 'react';
import { Box, Tooltip } from '@mantine/core';

interface DisabledReasonProps {
  /** When set, the child is wrapped in a tooltip telling who may change it. */
  reason: string | null;
  children: ReactNode;
}

/** Disabled inputs ignore the pointer, so the tooltip sits on a wrapper. */
export function DisabledReason({ reason, children }: DisabledReasonProps) {
  if (!reason) return <>{children}</>;
  return (
    <Tooltip label={reason} position="top-start" withArrow multiline maw={280}>
      <Box>{children}</Box>
    </Tooltip>
  );
}
