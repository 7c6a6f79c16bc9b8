/** O-7: the last name a lead gets when the visitor gave no name. */
export const UNNAMED_VISITOR = 'Chat visitor';

/**
 * W-2 / O-7: a visitor's name as a lead's first and last name: the last word is the last name, the
 * rest the first name; a single word is the last name (Sell needs one); no name at all is "Chat
 * visitor" with an empty first name. The agent can correct either before creating the lead.
 */
export function splitVisitorName(name: string | null | undefined): { firstName: string; lastName: string } {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: '', lastName: UNNAMED_VISITOR };
  if (words.length === 1) return { firstName: '', lastName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}
