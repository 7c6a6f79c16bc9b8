import type { Kysely } from 'kysely';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { GroupCommit } from '../../platform/db/group-commit.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { ChatContext } from '../chat-context.ts';
import type { ChatDatabase, ChatExecutor } from '../chat-tables.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { visitorLabel } from './append-log-entry.ts';
import { chatEnded, notServing } from './chat-errors.ts';
import { findChat } from './chats.repo.ts';
import { toLogEntry, type LogEntry } from './log-entry.ts';
import { sendMessageSchema, type SendMessageInput } from './message-input.ts';
import { findByClientId, insertChatMessage, nextSeqForAgent, nextSeqForVisitor } from './messages.repo.ts';
import { publishLog } from './publish-chat.ts';

type Sender = { kind: 'visitor'; visitorId: number } | { kind: 'agent'; agentId: number; name: string };

/** Messages that arrive together (a busy server reads many sockets in one turn) commit together. */
const writers = new WeakMap<Kysely<ChatDatabase>, GroupCommit<ChatDatabase>>();

function writerFor(db: Kysely<ChatDatabase>): GroupCommit<ChatDatabase> {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new GroupCommit(db)));
  return writer;
}

/**
 * A message from the visitor or the serving agent. The answer comes only once the message is stored
 * (its `seq` is final); a resend with the same `clientId` returns the stored message and stores
 * nothing, so a sender who never saw the answer can safely send again. The unique index on
 * (chat, client id) decides, so the common case costs no look-up first. Messages arriving at the same
 * moment share one transaction (GroupCommit); each is still answered only once it is committed.
 */
export async function sendMessage(ctx: ChatContext, rawInput: SendMessageInput): Promise<{ entry: LogEntry; duplicate: boolean }> {
  const sender = senderOf(ctx);
  const input = sendMessageSchema.parse(rawInput);
  try {
    const entry = await writerFor(ctx.chat).run((trx) => store(ctx, trx, sender, input));
    publishLog(ctx.live, [entry]);
    return { entry, duplicate: false };
  } catch (error) {
    // A resend: its client id is taken (the insert failed and nothing was kept), or the chat has
    // ended since the first send. Either way the stored message is the answer.
    if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
    const stored = await storedMessage(ctx, sender, input.chatId, input.clientId);
    if (!stored) throw error;
    return { entry: stored, duplicate: true };
  }
}

function senderOf(ctx: ChatContext): Sender {
  if (ctx.actor.kind === 'visitor') return { kind: 'visitor', visitorId: ctx.actor.visitor.id };
  const agent = requireAgent(ctx);
  return { kind: 'agent', agentId: agent.id, name: agent.name };
}

async function store(ctx: ChatContext, trx: ChatExecutor, sender: Sender, input: { chatId: string; clientId: string; text: string }): Promise<LogEntry> {
  const now = ctx.now();
  const accountId = ctx.account.id;
  const { rows } =
    sender.kind === 'visitor'
      ? await nextSeqForVisitor(trx, accountId, input.chatId, sender.visitorId, now)
      : await nextSeqForAgent(trx, accountId, input.chatId, sender.agentId, now);
  const chat = rows[0];
  if (!chat) throw await whyNotSendable(trx, accountId, input.chatId, sender);
  const visitor = { id: chat.visitor_id, name: chat.visitor_name, email: chat.visitor_email, phone: chat.visitor_phone };
  const author =
    sender.kind === 'visitor' ? { kind: 'visitor' as const, agentId: null, name: visitorLabel(visitor) } : { kind: 'agent' as const, agentId: sender.agentId, name: sender.name };
  const inserted = await insertChatMessage(trx, accountId, input.chatId, chat.last_seq, input.clientId, author.kind, author.agentId, author.name, input.text, now);
  const entry = toLogEntry(inserted.rows[0]!);
  await appendEvent(trx, accountId, 'chat.message', {
    accountId,
    chatId: input.chatId,
    visitor,
    departmentId: chat.department_id,
    seq: entry.seq,
    author: entry.author,
    agentId: chat.agent_id,
    text: entry.text,
    createdAt: entry.createdAt,
  });
  return entry;
}

/** The stored message of this client id, if this sender sent it; someone else's id is refused. */
async function storedMessage(ctx: ChatContext, sender: Sender, chatId: string, clientId: string): Promise<LogEntry | null> {
  const row = (await findByClientId(ctx.chat, ctx.account.id, chatId, clientId)).rows[0];
  if (!row) return null;
  const { chat_visitor_id: chatVisitorId, ...message } = row;
  if (sender.kind === 'visitor' && chatVisitorId !== sender.visitorId) return null; // not their chat: say nothing of it
  const mine = sender.kind === 'visitor' ? message.author_kind === 'visitor' : message.author_kind === 'agent' && message.agent_id === sender.agentId;
  if (!mine) throw conflict('client_id_taken', 'Another message of this chat already uses this client id. Send it with a new one.');
  return toLogEntry(message);
}

async function whyNotSendable(trx: ChatExecutor, accountId: number, chatId: string, sender: Sender): Promise<AppError> {
  const chat = await findChat(trx, accountId, chatId);
  if (!chat || (sender.kind === 'visitor' && chat.visitor_id !== sender.visitorId)) return notFound('That chat');
  if (chat.status === 'ended') return chatEnded();
  return notServing();
}
