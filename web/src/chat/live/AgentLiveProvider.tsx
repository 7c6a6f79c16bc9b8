import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { chatKeys } from '../chatApi';
import type { AgentStatus, AgentView, ChatView, LogEntry } from '../types';
import { LiveContext, type LiveActions } from './liveContext';
import { initialLiveState, liveReducer, type OpenChat } from './liveState';
import { isRetryable, socketRequest, type SocketRequestError } from './socketRequest';

type Hello = { me: AgentView; incoming: ChatView[]; chats: OpenChat[] };
type EntriesAnswer = { chat: ChatView; entries: LogEntry[] };

/** Holds the agent's socket (/chat/agent) and everything it pushes, for the whole Chat area. */
export function AgentLiveProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(liveReducer, initialLiveState);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const socketRef = useRef<Socket | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const viewingRef = useRef<string | null>(null);
  viewingRef.current = selectedId;
  const flushingRef = useRef(false);
  const queryClient = useQueryClient();

  const addEntries = useCallback((entries: LogEntry[]) => dispatch({ type: 'log', entries, viewing: viewingRef.current }), []);

  const catchUp = useCallback(
    async (chatId: string) => {
      const socket = socketRef.current;
      if (!socket) return;
      for (;;) {
        const log = stateRef.current.logs[chatId] ?? [];
        const afterSeq = log.length ? log[log.length - 1].seq : 0;
        const page = await socketRequest<{ entries: LogEntry[]; hasMore: boolean }>(socket, 'chat:history', { chatId, afterSeq });
        addEntries(page.entries);
        stateRef.current = { ...stateRef.current, logs: { ...stateRef.current.logs, [chatId]: [...log, ...page.entries] } };
        if (!page.hasMore || page.entries.length === 0) return;
      }
    },
    [addEntries],
  );

  /**
   * Sends the agent's unsent messages one at a time, in order. One that got no answer (or was sent
   * too fast) stays and is sent again with the same id later: storing it twice is impossible.
   */
  const flush = useCallback(
    async function flushPending(): Promise<void> {
      const socket = socketRef.current;
      if (!socket?.connected || flushingRef.current) return;
      flushingRef.current = true;
      const done = new Set<string>();
      let retryInMs = 0;
      try {
        for (;;) {
          const message = stateRef.current.pending.find((p) => !done.has(p.clientId));
          if (!message || !socket.connected) break;
          try {
            const { entry } = await socketRequest<{ entry: LogEntry }>(socket, 'chat:message', message);
            addEntries([entry]);
          } catch (error) {
            if (isRetryable(error)) {
              retryInMs = ((error as SocketRequestError).retryAfterSeconds ?? 2) * 1000;
              break;
            }
            dispatch({ type: 'unpend', clientId: message.clientId }); // refused for good (the chat ended)
          }
          done.add(message.clientId);
        }
      } finally {
        flushingRef.current = false;
      }
      if (retryInMs) setTimeout(() => void flushPending(), retryInMs);
    },
    [addEntries],
  );

  useEffect(() => {
    const socket = io('/chat/agent', { withCredentials: true });
    socketRef.current = socket;
    let closed = false;
    socket.on('connect', async () => {
      dispatch({ type: 'connected', connected: true });
      try {
        const hello = await socketRequest<Hello>(socket, 'agent:hello', {});
        dispatch({ type: 'hello', ...hello });
        // Pushes missed while disconnected: lists fetched over HTTP are read again.
        void queryClient.invalidateQueries({ queryKey: chatKeys.unreadOffline });
        void queryClient.invalidateQueries({ queryKey: chatKeys.history });
        for (const chat of hello.chats) void catchUp(chat.id);
        void flush();
      } catch {
        /* the next reconnect says hello again */
      }
    });
    socket.on('disconnect', (reason) => {
      dispatch({ type: 'connected', connected: false });
      // The server ended this socket (role removed, signed out): try once more to hear why, or go on.
      if (reason === 'io server disconnect') setTimeout(() => closed || socket.connect(), 1000);
    });
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) => dispatch({ type: 'connected', connected: false, error: error.data?.code ?? 'internal' }));
    socket.on('chat:incoming', (chat: ChatView) => dispatch({ type: 'incoming', chat }));
    socket.on('chat:taken', ({ chatId }: { chatId: string }) => dispatch({ type: 'gone', chatId }));
    socket.on('chat:withdrawn', ({ chatId }: { chatId: string }) => dispatch({ type: 'gone', chatId }));
    socket.on('chat:assigned', (chat: ChatView) => {
      dispatch({ type: 'assigned', chat });
      void catchUp(chat.id);
    });
    socket.on('chat:updated', (chat: ChatView) => {
      dispatch({ type: 'updated', chat });
      if (chat.status === 'ended') void queryClient.invalidateQueries({ queryKey: chatKeys.history });
    });
    socket.on('offline_message:created', () => {
      void queryClient.invalidateQueries({ queryKey: chatKeys.unreadOffline });
      void queryClient.invalidateQueries({ queryKey: chatKeys.history });
    });
    socket.on('chat:log', (entry: LogEntry) => addEntries([entry]));
    socket.on('chat:typing', ({ chatId, typing }: { chatId: string; typing: boolean }) => dispatch({ type: 'typing', chatId, typing }));
    socket.on('chat:visitor_updated', ({ chatId, visitor }: { chatId: string; visitor: ChatView['visitor'] }) => dispatch({ type: 'visitor', chatId, visitor }));
    socket.on('agent:status', ({ agentId, status }: { agentId: number; status: AgentStatus }) => {
      if (agentId === stateRef.current.me?.id) dispatch({ type: 'status', status });
    });
    return () => {
      closed = true;
      socket.disconnect();
      socketRef.current = null;
    };
  }, [addEntries, catchUp, flush, queryClient]);

  const actions = useMemo<LiveActions>(() => {
    const socket = () => {
      if (!socketRef.current) throw new Error('not connected');
      return socketRef.current;
    };
    const markRead = (chatId: string) => {
      const log = stateRef.current.logs[chatId];
      const chat = stateRef.current.chats.find((c) => c.id === chatId);
      dispatch({ type: 'read', chatId });
      if (!log?.length || !chat || chat.status !== 'active') return;
      socket().emit('chat:read', { chatId, seq: log[log.length - 1].seq }, () => undefined);
    };
    return {
      async setStatus(status) {
        await socketRequest(socket(), 'agent:status', { status });
        dispatch({ type: 'status', status });
      },
      async serve(chatId) {
        const answer = await socketRequest<EntriesAnswer>(socket(), 'chat:serve', { chatId });
        dispatch({ type: 'assigned', chat: answer.chat });
        await catchUp(chatId);
        setSelectedId(chatId);
        return answer.chat;
      },
      send(chatId, text) {
        dispatch({ type: 'pending', message: { chatId, clientId: crypto.randomUUID(), text } });
        setTimeout(() => void flush(), 0);
      },
      typing(chatId, typing) {
        socketRef.current?.emit('chat:typing', { chatId, typing });
      },
      async end(chatId) {
        const answer = await socketRequest<EntriesAnswer>(socket(), 'chat:end', { chatId });
        dispatch({ type: 'updated', chat: answer.chat });
        addEntries(answer.entries);
      },
      async transfer(chatId, target) {
        await socketRequest<EntriesAnswer>(socket(), 'chat:transfer', { chatId, ...target });
        dispatch({ type: 'close', chatId });
        setSelectedId(null);
      },
      markRead,
      loadLog: catchUp,
      close(chatId) {
        dispatch({ type: 'close', chatId });
        setSelectedId((current) => (current === chatId ? null : current));
      },
      select(chatId) {
        setSelectedId(chatId);
        if (chatId) markRead(chatId);
      },
    };
  }, [addEntries, catchUp, flush]);

  const value = useMemo(() => ({ state, selectedId, actions }), [state, selectedId, actions]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
