import { AppError } from '../../platform/http/app-error.ts';
import type { FeedCursor } from './feed.repo.ts';

export function encodeCursor(c: FeedCursor): string {
  return Buffer.from(JSON.stringify([c.occurredAt, c.id])).toString('base64url');
}

export function decodeCursor(text: string): FeedCursor {
  try {
    const [occurredAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString()) as [unknown, unknown];
    if (typeof occurredAt === 'string' && Number.isInteger(id)) return { occurredAt, id: id as number };
  } catch {
    /* fall through */
  }
  throw new AppError(400, 'invalid_param', 'Invalid query parameter: cursor', [{ field: 'cursor', code: 'invalid_param', message: 'cursor is not one this server gave out.' }]);
}
