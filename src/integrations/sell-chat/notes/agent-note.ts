/**
 * A note written from Chat: under "All agents" Sell records the Sell app's user as its author, so the
 * note itself says which agent wrote it, and from which chat.
 */
export function agentNoteText(agentName: string, content: string): string {
  return `${agentName} (Chat): ${content.trim()}`;
}
