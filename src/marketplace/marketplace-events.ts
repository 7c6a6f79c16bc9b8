import type { Product } from './marketplace-tables.ts';

/** An installation's life: installed once usable (after its sign-in step, when it has one), enabled, disabled, removed. */
type AppEvent = { installationId: number; appId: string; product: Product; actorId: number | null };

declare module '../platform/events/catalogue.ts' {
  interface EventCatalogue {
    'app.installed': AppEvent;
    'app.uninstalled': AppEvent;
    'app.enabled': AppEvent;
    'app.disabled': AppEvent;
  }
}

export type { AppEvent };
