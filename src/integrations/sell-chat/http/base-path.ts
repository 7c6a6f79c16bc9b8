export const BASE = '/api/integrations/sell-chat';
