import fs from 'node:fs';
import { MANIFEST_JSON_SCHEMA_PATH, manifestJsonSchema } from '../src/marketplace/manifest/manifest-json-schema.ts';

/** `npx tsx scripts/write-app-manifest-schema.ts`: rewrites docs/app-manifest.schema.json from the zod schema. */
fs.writeFileSync(MANIFEST_JSON_SCHEMA_PATH, manifestJsonSchema());
console.log(`Wrote ${MANIFEST_JSON_SCHEMA_PATH}.`);
