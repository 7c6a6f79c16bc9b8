import { z } from 'zod';

const id = z.number().int().positive();

export const ownerEntrySchema = z.object({ kind: z.enum(['user', 'pool']), id }).strict();

/** PATCH /settings: each setting saves on its own as the admin changes it, so every key is optional. */
export const settingsPatchSchema = z
  .object({
    enabled: z.boolean(),
    accessMode: z.enum(['sell_users', 'all_agents']),
    /** null: the lead-status list's default at the time (O-2). */
    assignStatusId: id.nullable(),
    /** null: no source (O-3). */
    assignSourceId: id.nullable(),
    /** Typed into the source picker: an existing source of that name, or a new one (S-15). */
    assignSourceName: z.string().trim().min(1, 'Type a source name.').max(255, 'Use at most 255 characters.'),
    ownerEntries: z
      .array(ownerEntrySchema)
      .max(50, 'Choose at most 50 owners.')
      .refine((list) => new Set(list.map((e) => `${e.kind}:${e.id}`)).size === list.length, 'Each owner can be chosen once.'),
    allowAnyOwner: z.boolean(),
    pastChatsEnabled: z.boolean(),
    offlineLeadsEnabled: z.boolean(),
  })
  .partial()
  .strict()
  .refine((p) => !(p.assignSourceId !== undefined && p.assignSourceName !== undefined), {
    message: 'Send assignSourceId or assignSourceName, not both.',
    path: ['assignSourceName'],
  });

export type SettingsPatch = z.input<typeof settingsPatchSchema>;
