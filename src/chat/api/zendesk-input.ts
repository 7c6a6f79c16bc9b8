import { z } from 'zod';

/** Zendesk writes flags as 0/1; true/false are taken too. */
const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((v) => v === true || v === 1);
const ids = z.array(z.number().int().positive()).max(500);

/** Zendesk's role ids (chat-api.md 1.8): 1 owner, 2 administrator, 3 agent. */
const ROLES = { 1: 'owner', 2: 'admin', 3: 'agent' } as const;
const roleId = z.union([z.literal(1), z.literal(2), z.literal(3)]).transform((id) => ROLES[id]);

/** `display_name`, or first and last name together. */
function nameOf(a: { display_name?: string; first_name?: string; last_name?: string }): string | undefined {
  if (a.display_name !== undefined) return a.display_name;
  const parts = [a.first_name, a.last_name].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' ').trim() : undefined;
}

const agentFields = {
  display_name: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  email: z.string().optional(),
  enabled: flag.optional(),
  role_id: roleId.optional(),
  departments: ids.optional(),
};

/** `POST /agents`: a Zendesk agent with its (write-only) password → Chat's addAgent input. */
export const zendeskNewAgent = z
  .object({
    ...agentFields,
    role_id: z
      .union([z.literal(2), z.literal(3)], { message: 'Give role_id 2 (administrator) or 3 (agent); ownership is handed over with PUT.' })
      .transform((id) => ROLES[id])
      .optional(),
    password: z.string(),
  })
  .strict()
  .transform((a) => ({
    name: nameOf(a) ?? '',
    email: a.email ?? '',
    password: a.password,
    ...(a.role_id !== undefined ? { role: a.role_id } : {}),
    ...(a.enabled !== undefined ? { enabled: a.enabled } : {}),
    ...(a.departments !== undefined ? { departmentIds: a.departments } : {}),
  }));

/** `PUT /agents/:id`: what is sent changes, what is left out stays. */
export const zendeskAgentChanges = z
  .object(agentFields)
  .strict()
  .transform((a) => {
    const name = nameOf(a);
    return {
      ...(name !== undefined ? { name } : {}),
      ...(a.email !== undefined ? { email: a.email } : {}),
      ...(a.role_id !== undefined ? { role: a.role_id } : {}),
      ...(a.enabled !== undefined ? { enabled: a.enabled } : {}),
      ...(a.departments !== undefined ? { departmentIds: a.departments } : {}),
    };
  });

const departmentFields = { name: z.string(), description: z.string().optional(), enabled: flag.optional(), members: ids.optional() };
const toDepartmentInput = (d: { name?: string; description?: string; enabled?: boolean; members?: number[] }) => ({
  ...(d.name !== undefined ? { name: d.name } : {}),
  ...(d.description !== undefined ? { description: d.description } : {}),
  ...(d.enabled !== undefined ? { enabled: d.enabled } : {}),
  ...(d.members !== undefined ? { memberIds: d.members } : {}),
});

/** `POST /departments` and `PUT /departments/:id`: `members` are agent ids. */
export const zendeskNewDepartment = z
  .object(departmentFields)
  .strict()
  .transform((d) => ({ ...toDepartmentInput(d), name: d.name }));
export const zendeskDepartmentChanges = z.object(departmentFields).partial().strict().transform(toDepartmentInput);

/** `PUT /chats/:id`: `tags` of a chat, `unread` of an offline message. */
export const zendeskChatChanges = z.object({ tags: z.array(z.string()).optional(), unread: z.boolean().optional() }).strict();
