/**
 * The two settings pages of what acts as the signed-in user: API tokens and authorized apps. Each
 * kind's words live under `settings.<kind>` (with the same keys where the pages say the same thing),
 * its page's title and description under `settings.sections.<section>`.
 */
export type AccessKind = 'tokens' | 'authorizedApps';

export const ACCESS_SECTION = { tokens: 'api-tokens', authorizedApps: 'authorized-apps' } as const satisfies Record<AccessKind, string>;
