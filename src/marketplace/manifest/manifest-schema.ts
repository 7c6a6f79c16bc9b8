import { z } from 'zod';
import { scopes } from '../../platform/tokens/scopes.ts';

/** Text shown to people, in every language the web app speaks. */
const localized = z.strictObject({
  en: z.string().trim().min(1),
  ja: z.string().trim().min(1),
});

/** A file of the app's folder: a relative path without `..`, hidden files or backslashes. */
const appFile = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/, 'Give a path inside the app folder, such as "sidebar.html".');

export const locationNames = ['chat_sidebar', 'sell_top_bar', 'settings'] as const;
export type LocationName = (typeof locationNames)[number];
/** Locations the host shows apps at (the settings page opens from My Apps instead). */
export const hostedLocations = ['chat_sidebar', 'sell_top_bar'] as const;
export type HostedLocation = (typeof hostedLocations)[number];

export const requirementNames = ['sell_platform', 'chat_team_plan'] as const;
export type Requirement = (typeof requirementNames)[number];

const settingName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and underscores, starting with a letter.');
const settingBase = { name: settingName, label: localized, help: localized.optional(), required: z.boolean().default(false) };

const settingSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...settingBase, type: z.literal('text'), default: z.string().optional() }),
  // A secret has no default: it would have to be written into the manifest, which anyone can read.
  z.strictObject({ ...settingBase, type: z.literal('secret') }),
  z.strictObject({ ...settingBase, type: z.literal('checkbox'), default: z.boolean().default(false) }),
  z.strictObject({
    ...settingBase,
    type: z.literal('select'),
    options: z.array(z.strictObject({ value: z.string().min(1), label: localized })).min(1),
    default: z.string().optional(),
  }),
]);

/** A location's page: a file of the app folder, or `true` for a built-in app, which Tandem draws itself. */
const locationPage = z.union([appFile, z.literal(true)]);

const allowedUrl = z
  .string()
  .regex(/^https?:\/\/[^/?#@]+\/[^?#]*$/, 'Give an http(s) URL with a path and no query, such as "https://api.example.com/".');

export const manifestSchema = z
  .strictObject({
    /** Editors use it to find the JSON schema; Tandem ignores it. */
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes.')
      .max(64)
      .meta({ description: "The app's folder name." }),
    name: z.string().trim().min(1).max(80),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version such as 1.0.0.'),
    author: z.string().trim().min(1).max(120),
    summary: localized.meta({ description: 'One sentence for the catalog card.' }),
    description: localized.meta({ description: 'What the app does, for its detail page.' }),
    icon: appFile.meta({ description: 'An image file of the app folder (SVG or PNG).' }),
    product: z.enum(['chat', 'sell']).meta({ description: 'The product the app is installed in.' }),
    requires: z
      .array(z.enum(requirementNames))
      .default([])
      .meta({ description: 'Install rules beyond the product ones: a platform Sell account, Chat on the Team plan or higher.' }),
    builtin: z.boolean().default(false).meta({
      description:
        "Drawn by Tandem itself, with the user's session, instead of in a sandboxed frame: its locations say true instead of naming a page. Only the apps shipped in Tandem's apps/ folder may be built in.",
    }),
    locations: z
      .strictObject({ chat_sidebar: locationPage.optional(), sell_top_bar: locationPage.optional(), settings: locationPage.optional() })
      .refine((l) => Object.keys(l).length > 0, 'Name at least one location.')
      .meta({ description: 'The page (a file of the app folder) shown at each location; true for a built-in app.', minProperties: 1 }),
    oauth: z
      .strictObject({
        scopes: z.array(z.enum(scopes)).min(1),
        sign_in_step: z.boolean().default(false).meta({ description: 'Ask the installer to authorize the app during the install.' }),
      })
      .optional()
      .meta({ description: 'Access to the Sell API the app needs; its requests carry an OAuth token the server keeps.' }),
    settings: z.array(settingSchema).default([]).meta({ description: "The install page's form." }),
    allowed_urls: z
      .array(allowedUrl)
      .default([])
      .meta({ description: 'Where request() may go besides the Sell API: URL prefixes.' }),
  })
  .superRefine((manifest, ctx) => {
    for (const [location, page] of Object.entries(manifest.locations)) {
      if (manifest.builtin && page !== true) {
        ctx.addIssue({ code: 'custom', path: ['locations', location], message: 'A built-in app is drawn by Tandem: write true instead of a page.' });
      }
      if (!manifest.builtin && page === true) {
        ctx.addIssue({ code: 'custom', path: ['locations', location], message: 'Give a page of the app folder, such as "sidebar.html" (true is only for built-in apps).' });
      }
    }
    const seen = new Set<string>();
    manifest.settings.forEach((setting, index) => {
      if (seen.has(setting.name)) ctx.addIssue({ code: 'custom', path: ['settings', index, 'name'], message: `"${setting.name}" is used twice.` });
      seen.add(setting.name);
      if (setting.type === 'select' && setting.default !== undefined && !setting.options.some((o) => o.value === setting.default)) {
        ctx.addIssue({ code: 'custom', path: ['settings', index, 'default'], message: 'The default must be one of the options.' });
      }
    });
  });

export type AppManifest = z.infer<typeof manifestSchema>;
export type AppSetting = AppManifest['settings'][number];
