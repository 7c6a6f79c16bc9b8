/** Chat's rooms, beside the platform's account and user rooms. */
export const chatRoom = (chatId: string) => `chat:${chatId}`;
/** Sockets of agents whose status is Online: the agents routing may offer a chat to. */
export const availableRoom = (accountId: number) => `available:${accountId}`;
/** Every tab of one visitor. */
export const visitorRoom = (visitorId: number) => `visitor:${visitorId}`;

export const AGENT_NAMESPACE = '/chat/agent';
export const VISITOR_NAMESPACE = '/chat/visitor';
