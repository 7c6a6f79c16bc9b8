import type { UserRow } from '../../platform/identity/users.repo.ts';
import type { AppManifest, HostedLocation } from '../manifest/manifest-schema.ts';

/** Who sees apps at a location: Chat's sidebar is for people with a Chat role, Sell's top bar for Sell users. */
export function seesLocation(user: Pick<UserRow, 'chat_role' | 'sell_role'>, location: HostedLocation): boolean {
  return location === 'chat_sidebar' ? user.chat_role !== 'none' : user.sell_role !== 'none';
}

/** Whether the user meets the app at any of its locations (and so may make requests as it). */
export function seesApp(user: Pick<UserRow, 'chat_role' | 'sell_role'>, manifest: Pick<AppManifest, 'locations'>): boolean {
  return (['chat_sidebar', 'sell_top_bar'] as const).some((location) => manifest.locations[location] !== undefined && seesLocation(user, location));
}
