/** W-3: "Aiko left a note for you on lead Mei Tanaka", as GET /notifications and the socket give it. */
export type RepNotification = {
  id: number;
  kind: 'note_for_rep';
  actor: { id: number | null; name: string };
  chatId: string | null;
  record: { type: 'lead' | 'contact' | 'deal'; id: number; name: string };
  noteId: number | null;
  text: string;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsPage = { items: RepNotification[]; unreadCount: number; nextCursor: number | null };
