import { createContext, useContext } from 'react';
import type { AgentStatus, ChatView } from '../types';
import type { LiveState } from './liveState';

export type TransferTarget = { toAgentId: number } | { departmentId: number };

export type LiveActions = {
  setStatus: (status: AgentStatus) => Promise<void>;
  serve: (chatId: string) => Promise<ChatView>;
  send: (chatId: string, text: string) => void;
  typing: (chatId: string, typing: boolean) => void;
  end: (chatId: string) => Promise<void>;
  /** To an online agent (theirs at once) or to a department (routed again among its agents). */
  transfer: (chatId: string, target: TransferTarget) => Promise<void>;
  markRead: (chatId: string) => void;
  loadLog: (chatId: string) => Promise<void>;
  close: (chatId: string) => void;
  select: (chatId: string | null) => void;
};

export type LiveValue = { state: LiveState; selectedId: string | null; actions: LiveActions };

export const LiveContext = createContext<LiveValue | null>(null);

export function useLive(): LiveValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive must be used inside <AgentLiveProvider>');
  return value;
}
