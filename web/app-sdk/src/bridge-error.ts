import type { AppBridgeError } from '../../../shared/app-bridge/tandem-apps';

export function bridgeError(code: string, message: string): AppBridgeError {
  const error = new Error(message) as AppBridgeError;
  error.name = 'TandemAppError';
  error.code = code;
  return error;
}
