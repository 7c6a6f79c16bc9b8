import crypto from 'node:crypto';
import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../platform/db/connect.ts';
import { findUserById } from '../../platform/identity/users.repo.ts';
import { hashToken } from '../../platform/secrets.ts';
import {
  chatContext,
  chatDb,
  connectVisitor,
  createDepartment,
  endChat,
  offlineChatLive,
  rateChat,
  sendMessage,
  sendOfflineMessage,
  serveChat,
  startChat,
  updateChatSettings,
  type ChatServices,
} from '../../chat/index.ts';

type Line = ['v' | 'a', string];
type PastChat = {
  daysAgo: number;
  agent: string;
  visitor: { name: string; email: string; phone?: string };
  department?: 'Sales' | 'Support';
  rating?: 'good' | 'bad';
  comment?: string;
  lines: Line[];
};

const BROWSERS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
];

const PAST_CHATS: PastChat[] = [
  {
    daysAgo: 6,
    agent: 'rep-ana',
    department: 'Sales',
    visitor: { name: 'Julia Rossi', email: 'julia.rossi@globex.example', phone: '+39 06 1234 5678' },
    rating: 'good',
    comment: 'Very helpful, thanks!',
    lines: [
      ['v', 'Hi, do you offer volume discounts for teams of 50+?'],
      ['a', 'Hi Julia! Yes: from 50 seats the price drops by 15%. How many people would use it?'],
      ['v', 'Around 60 to start, maybe 100 by the end of the year.'],
      ['a', 'Great. I can send you a quote today. Is julia.rossi@globex.example the best address?'],
      ['v', 'Yes, please.'],
    ],
  },
  {
    daysAgo: 4,
    agent: 'agent-1',
    department: 'Support',
    visitor: { name: 'Kenji Sato', email: 'kenji@initech.example' },
    rating: 'bad',
    comment: 'Took a while to get an answer.',
    lines: [
      ['v', 'My invoice for March shows the wrong company address.'],
      ['a', 'Sorry about that, Kenji. Which address should it show?'],
      ['v', '4-2-8 Shibaura, Minato-ku, Tokyo'],
      ['a', 'Fixed. The corrected invoice is on its way by email.'],
    ],
  },
  {
    daysAgo: 3,
    agent: 'mgr-east',
    visitor: { name: 'Omar Haddad', email: 'omar.haddad@stark-freight.example', phone: '+1 415 555 0142' },
    rating: 'good',
    lines: [
      ['v', 'Can your CRM import our contacts from a CSV export?'],
      ['a', 'It can: Settings > Import takes CSV files, and maps the columns for you.'],
      ['v', 'Perfect, that is all I needed.'],
    ],
  },
  {
    daysAgo: 1,
    agent: 'rep-yuki',
    department: 'Sales',
    visitor: { name: 'Lena Novak', email: 'lena@vandelay.example' },
    lines: [
      ['v', 'Is there a trial for the Professional plan?'],
      ['a', 'Yes, 14 days, no card needed. Shall I set one up for vandelay.example?'],
      ['v', 'Please do <b>today</b> if possible :)'],
      ['a', 'Done! You will get the sign-in link in a minute.'],
    ],
  },
];

const OFFLINE_MESSAGES = [
  { daysAgo: 5, name: 'Diego Silva', email: 'diego@umbrella-labs.example', phone: '+55 11 5555 0199', message: 'Please call me about an enterprise licence for our lab network.' },
  { daysAgo: 2, name: 'Tara Walsh', email: 'tara.walsh@hooli.example', message: 'We would like a demo next week. Tuesday or Thursday afternoon works for us.' },
  { daysAgo: 0, name: 'Wei Zhang', email: 'wei@oceanic-air.example', message: 'Does the chat widget support right-to-left languages?' },
];

/**
 * Chat for the demo account: departments, a few days of past chats (served, rated, ended) and
 * offline messages, all written through Chat's own operations with a clock set in the past.
 */
export async function seedChat(db: Db, account: AccountRow, idByKey: Map<string, number>) {
  let clock = Date.now();
  const at = (daysAgo: number) => (clock = Date.now() - daysAgo * 86_400_000 - 3 * 3_600_000);
  const tick = () => new Date((clock += 15_000 + Math.floor(Math.random() * 45_000))).toISOString();
  const agentIds = [...idByKey.values()];
  const services: ChatServices = { db, chat: chatDb(db), live: offlineChatLive(agentIds), now: tick };
  const system = chatContext(services, account, { kind: 'system' });
  const agentCtx = async (key: string) => chatContext(services, account, { kind: 'agent', user: (await findUserById(db.kysely, account.id, idByKey.get(key)!))! });
  const visitorCtx = async (index: number) => {
    const visitor = await connectVisitor(services, account, hashToken(crypto.randomUUID()), {
      ip: `203.0.113.${10 + index}`,
      userAgent: BROWSERS[index % BROWSERS.length]!,
    });
    return chatContext(services, account, { kind: 'visitor', visitor });
  };

  await updateChatSettings(system, { widget: { greeting: 'Hi! Questions about plans or your account? We are here.', prechat: { name: 'required', email: 'optional' } } });
  const departments = {
    Sales: await createDepartment(system, { name: 'Sales', description: 'Plans, prices and trials', memberIds: ['rep-ana', 'rep-yuki', 'mgr-east'].map((k) => idByKey.get(k)!) }),
    Support: await createDepartment(system, { name: 'Support', description: 'Billing and accounts', memberIds: ['agent-1', 'agent-2', 'chat-admin'].map((k) => idByKey.get(k)!) }),
  };

  for (const [index, past] of PAST_CHATS.entries()) {
    at(past.daysAgo);
    const visitor = await visitorCtx(index);
    const agent = await agentCtx(past.agent);
    const [first, ...rest] = past.lines;
    const { chat } = await startChat(visitor, {
      ...past.visitor,
      ...(past.department ? { departmentId: departments[past.department].id } : {}),
      message: { clientId: 'line-0', text: first![1] },
    });
    await serveChat(agent, chat.id);
    for (const [n, [who, text]] of rest.entries()) await sendMessage(who === 'v' ? visitor : agent, { chatId: chat.id, clientId: `line-${n + 1}`, text });
    if (past.rating) await rateChat(visitor, { chatId: chat.id, rating: past.rating, ...(past.comment ? { comment: past.comment } : {}) });
    await endChat(past.rating ? visitor : agent, chat.id);
  }

  for (const [index, offline] of OFFLINE_MESSAGES.entries()) {
    at(offline.daysAgo);
    const { daysAgo: _, ...form } = offline;
    await sendOfflineMessage(await visitorCtx(PAST_CHATS.length + index), form);
  }
  return { chats: PAST_CHATS.length, offlineMessages: OFFLINE_MESSAGES.length, departments: Object.keys(departments) };
}
