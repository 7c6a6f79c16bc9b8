import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getChatCard } from '../card/get-chat-card.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { createLeadFromChat } from '../leads/create-lead-from-chat.ts';
import { leadFromChatSchema } from '../leads/lead-from-chat-input.ts';
import { addNoteForRep } from '../notes/add-note-for-rep.ts';
import { noteForRepSchema } from '../notes/note-for-rep-input.ts';
import { listOwnerChoices } from '../owners/list-owner-choices.ts';
import { BASE } from './base-path.ts';

const chatParams = z.object({ chatId: z.string().trim().min(1).max(64) });

/** What an agent does beside a chat (W-1 … W-3): the card, Create lead, Note for the rep. */
export function chatCardRoutes(ctx: (request: FastifyRequest) => IntegrationContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(`${BASE}/chats/:chatId/card`, { schema: { params: chatParams } }, async (request) => getChatCard(ctx(request), request.params.chatId));
    app.post(`${BASE}/chats/:chatId/leads`, { schema: { params: chatParams, body: leadFromChatSchema } }, async (request) =>
      createLeadFromChat(ctx(request), request.params.chatId, request.body),
    );
    app.post(`${BASE}/chats/:chatId/notes`, { schema: { params: chatParams, body: noteForRepSchema } }, async (request) =>
      addNoteForRep(ctx(request), request.params.chatId, request.body),
    );
    app.get(`${BASE}/owner-choices`, async (request) => listOwnerChoices(ctx(request)));
  };
}
