export const queryKeys = {
  setup: ['setup'] as const,
  session: ['session'] as const,
  users: ['users'] as const,
  account: ['account'] as const,
};
