/** Room names every namespace shares: one per account, one per signed-in user (all of their tabs). */
export const accountRoom = (accountId: number) => `account:${accountId}`;
export const userRoom = (userId: number) => `user:${userId}`;
