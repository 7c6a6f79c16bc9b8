import type { Insertable, Updateable } from 'kysely';
import type { MarketplaceExecutor, MarketplaceTables, Product } from '../marketplace-tables.ts';

type InstallationsTable = MarketplaceTables['marketplace_installations'];

export function findInstallation(db: MarketplaceExecutor, accountId: number, id: number) {
  return db.selectFrom('marketplace_installations').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function findInstallationOfApp(db: MarketplaceExecutor, accountId: number, appId: string) {
  return db
    .selectFrom('marketplace_installations')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('app_id', '=', appId)
    .executeTakeFirst();
}

export function findInstallationByState(db: MarketplaceExecutor, accountId: number, stateHash: string) {
  return db
    .selectFrom('marketplace_installations')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('pending_state_hash', '=', stateHash)
    .executeTakeFirst();
}

export function listInstallations(db: MarketplaceExecutor, accountId: number, product?: Product) {
  let query = db.selectFrom('marketplace_installations').selectAll().where('account_id', '=', accountId);
  if (product) query = query.where('product', '=', product);
  return query.orderBy('id').execute();
}

export function insertInstallation(db: MarketplaceExecutor, values: Insertable<InstallationsTable>) {
  return db.insertInto('marketplace_installations').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateInstallation(db: MarketplaceExecutor, accountId: number, id: number, values: Updateable<InstallationsTable>) {
  return db
    .updateTable('marketplace_installations')
    .set(values)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteInstallation(db: MarketplaceExecutor, accountId: number, id: number) {
  return db.deleteFrom('marketplace_installations').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Takes the right to refresh the tokens until `until`, unless another request holds it; true when taken. */
export async function claimRefresh(db: MarketplaceExecutor, accountId: number, id: number, now: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('marketplace_installations')
    .set({ refresh_locked_until: until })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('refresh_locked_until', 'is', null), eb('refresh_locked_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
