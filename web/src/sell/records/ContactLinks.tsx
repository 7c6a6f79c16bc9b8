import { Anchor } from '@mantine/core';

/** Email, phone and web addresses as links that open the right app. */
export function EmailLink({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <Anchor href={`mailto:${value}`} size="sm">
      {value}
    </Anchor>
  );
}

export function PhoneLink({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <Anchor href={`tel:${value.replace(/[^\d+]/g, '')}`} size="sm">
      {value}
    </Anchor>
  );
}

export function WebLink({ value }: { value: string | null }) {
  if (!value) return null;
  const href = /^[a-z]+:\/\//i.test(value) ? value : `https://${value}`;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
      {value}
    </Anchor>
  );
}
