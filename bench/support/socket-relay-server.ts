import http from 'node:http';
import crypto from 'node:crypto';
import { Server } from 'socket.io';

/**
 * The chat load benchmark's baseline: a bare Socket.IO server doing the same forwarding as Tandem's
 * chat, speaking the same events, with nothing underneath (no account, no auth, no validation, no
 * storage, no outbox): `chat:start` opens a chat room, `chat:serve` puts an agent in it,
 * `chat:message` numbers the message, pushes `chat:log` to the room and acknowledges it.
 */
const server = http.createServer((_req, res) => {
  res.writeHead(200);
  res.end('relay');
});
const io = new Server(server, { path: '/socket.io', serveClient: false });
const lastSeq = new Map<string, number>();
type Ack = (answer: unknown) => void;

for (const name of ['/chat/visitor', '/chat/agent']) {
  io.of(name).on('connection', (socket) => {
    socket.on('chat:start', (_payload: unknown, ack: Ack) => {
      const id = crypto.randomUUID();
      lastSeq.set(id, 0);
      void socket.join(id);
      ack({ ok: true, chat: { id }, entries: [], created: true });
    });
    socket.on('chat:serve', (payload: { chatId: string }, ack: Ack) => {
      void socket.join(payload.chatId);
      ack({ ok: true, chat: { id: payload.chatId }, entries: [] });
    });
    socket.on('chat:message', (payload: { chatId: string; clientId: string; text: string }, ack: Ack) => {
      const seq = (lastSeq.get(payload.chatId) ?? 0) + 1;
      lastSeq.set(payload.chatId, seq);
      const entry = { chatId: payload.chatId, seq, clientId: payload.clientId, type: 'chat.msg', text: payload.text, createdAt: new Date().toISOString() };
      io.of('/chat/agent').to(payload.chatId).emit('chat:log', entry);
      io.of('/chat/visitor').to(payload.chatId).emit('chat:log', entry);
      ack({ ok: true, entry, duplicate: false });
    });
  });
}

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('relay ready'));
