import { z } from 'zod';

export const chatIdSchema = z.string().min(1).max(64);

/** The sender's own id for a message: a resend with the same id returns the stored message. */
export const clientIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'Use letters, digits and _ . : - only (for example crypto.randomUUID()).');

/** Stored exactly as written (plain text, never rendered as HTML by the server). */
export const messageTextSchema = z
  .string()
  .max(5000, 'Keep a message under 5,000 characters.')
  .refine((t) => t.trim().length > 0, 'Write a message first.');

export const sendMessageSchema = z.object({ chatId: chatIdSchema, clientId: clientIdSchema, text: messageTextSchema }).strict();
export type SendMessageInput = z.input<typeof sendMessageSchema>;

export const chatRefSchema = z.object({ chatId: chatIdSchema }).strict();

/** Typing indicators are relayed to the other side, never stored. */
export const typingSchema = z.object({ chatId: chatIdSchema, typing: z.boolean() }).strict();
