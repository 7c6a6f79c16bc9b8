// Shapes of the marketplace API (docs/marketplace.md, "Installations").

export type AppProduct = 'chat' | 'sell';
export type AppLocationName = 'chat_sidebar' | 'sell_top_bar' | 'settings';
export type FrameLocation = Exclude<AppLocationName, 'settings'>;
export type OAuthScope = 'read' | 'write' | 'profile' | 'sync';
export type LocalizedText = { en: string; ja?: string };

export type SettingOption = { value: string; label: LocalizedText };

export type SettingField = {
  name: string;
  type: 'text' | 'secret' | 'checkbox' | 'select';
  label: LocalizedText;
  help: LocalizedText | null;
  required: boolean;
  options: SettingOption[];
  /** Never set for a secret. */
  default: string | boolean | null;
};

export type InstallFailure = { code: string; message: string };
export type InstallCheck = { ok: boolean; failures: InstallFailure[] };

export type SettingValue = string | boolean;

export type Installation = {
  id: number;
  app_id: string;
  app_name: string;
  icon_url: string;
  product: AppProduct;
  /** needs_authorization: its grant was revoked (or its sign-in never finished); it offers Reconnect (O-9). */
  status: 'active' | 'needs_authorization';
  enabled: boolean;
  /** Every value but the secrets… */
  settings: Record<string, SettingValue>;
  /** …which only say that they are set. */
  secrets_set: string[];
  /** The app's own settings page, when it has one. */
  settings_frame_url: string | null;
  /** Whether the current user may change, reconnect or uninstall it. */
  can_manage: boolean;
  /** When they may not: why and who can, in the server's words. */
  manage_refusal: string | null;
  updated_at: string;
};

export type AppListing = {
  id: string;
  name: string;
  version: string;
  author: string;
  summary: LocalizedText;
  description: LocalizedText;
  icon_url: string;
  product: AppProduct;
  requires: string[];
  locations: AppLocationName[];
  oauth: { scopes: OAuthScope[]; sign_in_step: boolean } | null;
  settings: SettingField[];
  allowed_urls: string[];
  installation: Installation | null;
  can_install: InstallCheck;
};

/** An enabled app at one place of the UI, for the current user. */
export type LocationApp = {
  installation_id: number;
  app_id: string;
  name: string;
  icon_url: string;
  /** A shipped app the web app draws itself (see app-host/builtinApps); it has no frame. */
  builtin: boolean;
  frame_url: string | null;
  status: Installation['status'];
  /** The installation's settings, secrets left out. */
  settings: Record<string, SettingValue>;
};

export type ProxyRequest = { method: string; path: string; query?: Record<string, string>; headers?: Record<string, string>; body?: unknown };
export type ProxyResponse = { status: number; body: unknown };
