import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addNoteForRep, cardKeys, createLeadFromChat, fetchOwnerChoices } from './cardApi';
import type { NewLeadInput, NoteForRepInput } from './cardTypes';

/** Who may own a lead made from Chat, asked afresh each time the form opens (S-16 … S-18). */
export function useOwnerChoices() {
  return useQuery({ queryKey: cardKeys.ownerChoices, queryFn: fetchOwnerChoices, staleTime: 0 });
}

/** W-2 Create lead; the card then looks again and finds it. */
export function useCreateLead(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewLeadInput) => createLeadFromChat(chatId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: cardKeys.all }),
  });
}

/** W-3 Note for the rep. */
export function useNoteForRep(chatId: string) {
  return useMutation({ mutationFn: (input: NoteForRepInput) => addNoteForRep(chatId, input) });
}
