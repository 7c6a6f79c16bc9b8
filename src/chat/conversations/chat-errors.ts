import { AppError, conflict } from '../../platform/http/app-error.ts';

export const notServing = () =>
  new AppError(403, 'not_serving', 'You are not serving this chat. Serve it first, or ask the serving agent (or a Chat admin) to transfer it.');

export const chatEnded = () => conflict('chat_ended', 'This chat has ended.');
