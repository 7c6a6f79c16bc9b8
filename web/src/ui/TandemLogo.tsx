interface TandemLogoProps {
  size?: number;
}

/** Two linked rings: Sell and Chat riding together. Decorative. */
export function TandemLogo({ size = 28 }: TandemLogoProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-6)" />
      <circle cx="12.5" cy="16" r="6.5" fill="none" stroke="#fff" strokeWidth="2.6" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" stroke="var(--mantine-color-cyan-1)" strokeWidth="2.6" />
    </svg>
  );
}
