import { z } from 'zod';
import { parseApiTime } from '../records/api-time.ts';
import { boolInput, idInput } from '../records/input-fields.ts';

const dateTime = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? (parseApiTime(v) ?? v) : v === '' ? null : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'Expected an ISO-8601 date and time.').nullable(),
);

export const taskInputSchema = z
  .object({
    content: z.string().trim().min(1, 'Say what the task is.').max(10_000),
    due_date: dateTime,
    remind_at: dateTime,
    completed: boolInput,
    owner_id: idInput.nullable(),
    resource_type: z.enum(['lead', 'contact', 'deal'], { message: 'resource_type must be lead, contact or deal.' }).nullable(),
    resource_id: idInput.nullable(),
  })
  .partial();
export type TaskInput = z.input<typeof taskInputSchema>;
export const taskReadOnlyFields = ['id', 'creator_id', 'completed_at', 'overdue', 'created_at', 'updated_at'];
