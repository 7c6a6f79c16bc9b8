import crypto from 'node:crypto';

/**
 * Ids of chats and offline messages: strings, as Zendesk's are, that sort by creation time
 * (base-36 milliseconds) and cannot be guessed (72 random bits).
 */
export function newChatId(now: string): string {
  return `${Date.parse(now).toString(36)}.${crypto.randomBytes(9).toString('base64url')}`;
}
