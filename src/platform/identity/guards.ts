import { AppError, forbidden } from '../http/app-error.ts';
import type { OpContext } from '../context.ts';
import { permissionsOf, type Permissions } from './permissions.ts';

/** The system (actor null) may do anything; a user needs the named permission. */
export function can(ctx: OpContext, permission: keyof Permissions): boolean {
  return ctx.actor === null || permissionsOf(ctx.actor)[permission];
}

export function requirePermission(ctx: OpContext, permission: keyof Permissions, message: string): void {
  if (!can(ctx, permission)) throw forbidden(message);
}

export function requireSignedIn(ctx: OpContext) {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  return ctx.actor;
}
