import { z } from 'zod';

export const widgetNameSchema = z.enum(['lead', 'person', 'company']);
export const widgetParams = z.object({ widget: widgetNameSchema });

export const widgetDraftSchema = z
  .object({
    fields: z
      .array(z.string().trim().min(1).max(40))
      .max(40, 'A widget shows at most 40 fields.')
      .refine((keys) => new Set(keys).size === keys.length, 'Each field can be in the widget once.'),
  })
  .strict();
export type WidgetDraftInput = z.input<typeof widgetDraftSchema>;
