import { z } from 'zod';
import { manifestSchema } from './manifest-schema.ts';

export const MANIFEST_JSON_SCHEMA_PATH = 'docs/app-manifest.schema.json';

/** The JSON schema of manifest.json, generated from the zod schema the server validates with. */
export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' });
  const titled = { ...schema, title: 'Tandem app manifest' };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
