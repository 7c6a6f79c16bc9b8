import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IntegrationContext } from '../integration-context.ts';
import type { FastifyRequest } from 'fastify';
import { countPastChatExposure } from '../settings/count-past-chat-exposure.ts';
import { getSettings } from '../settings/get-settings.ts';
import { settingsPatchSchema } from '../settings/settings-input.ts';
import { updateSettings } from '../settings/update-settings.ts';
import { getWidgetEditor } from '../widgets/get-widget-editor.ts';
import { previewWidget } from '../widgets/preview-widget.ts';
import { publishWidget } from '../widgets/publish-widget.ts';
import { saveWidgetDraft } from '../widgets/save-widget-draft.ts';
import { widgetDraftSchema, widgetParams } from '../widgets/widget-input.ts';
import { BASE } from './base-path.ts';

/** The settings page (Sell › Settings › Integrations › Chat) and its field editor. */
export function settingsRoutes(ctx: (request: FastifyRequest) => IntegrationContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(`${BASE}/settings`, async (request) => getSettings(ctx(request)));
    app.patch(`${BASE}/settings`, { schema: { body: settingsPatchSchema } }, async (request) => updateSettings(ctx(request), request.body));
    app.get(`${BASE}/past-chats/exposure`, async (request) => countPastChatExposure(ctx(request)));

    app.get(`${BASE}/widgets`, async (request) => getWidgetEditor(ctx(request)));
    app.put(`${BASE}/widgets/:widget`, { schema: { params: widgetParams, body: widgetDraftSchema } }, async (request) => ({
      widget: await saveWidgetDraft(ctx(request), request.params.widget, request.body),
    }));
    app.post(`${BASE}/widgets/:widget/publish`, { schema: { params: widgetParams } }, async (request) => ({
      widget: await publishWidget(ctx(request), request.params.widget),
    }));
    app.get(`${BASE}/widgets/:widget/preview`, { schema: { params: widgetParams } }, async (request) => previewWidget(ctx(request), request.params.widget));
  };
}
