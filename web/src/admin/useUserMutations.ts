import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/useSession';
import { queryKeys } from '../ui/queryKeys';
import type { User } from '../ui/types';
import {
  createUser,
  resetUserPassword,
  setUserActive,
  updateUser,
  type CreateUserInput,
  type UpdateUserInput,
} from './adminApi';

/** Puts a changed user into the cached list, then refreshes what may have changed with it. */
function useUserSaved() {
  const queryClient = useQueryClient();
  const { session, updateSessionUser } = useSession();
  return (user: User) => {
    queryClient.setQueryData<User[]>(queryKeys.users, (users) => {
      if (!users) return users;
      return users.some((existing) => existing.id === user.id)
        ? users.map((existing) => (existing.id === user.id ? user : existing))
        : [...users, user];
    });
    void queryClient.invalidateQueries({ queryKey: queryKeys.users });
    void queryClient.invalidateQueries({ queryKey: queryKeys.account });
    if (session?.user.id === user.id) updateSessionUser(user);
    // Permissions come with the session and can change with any role change
    // (handing on Chat ownership changes the giver's role too).
    void queryClient.invalidateQueries({ queryKey: queryKeys.session });
  };
}

export function useCreateUser() {
  const onSaved = useUserSaved();
  return useMutation({ mutationFn: (input: CreateUserInput) => createUser(input), onSuccess: onSaved });
}

export function useUpdateUser() {
  const onSaved = useUserSaved();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: onSaved,
  });
}

export function useSetUserActive() {
  const onSaved = useUserSaved();
  return useMutation({
    mutationFn: ({ id, active }: { id: number; active: boolean }) => setUserActive(id, active),
    onSuccess: onSaved,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) => resetUserPassword(id, password),
  });
}
