import { useCallback } from 'react';
import { isApiError } from '../../../../ui/ApiError';
import { useApiErrorMessage } from '../../../../ui/useApiErrorMessage';

/** Why a save failed, as specifically as the server said it: the field's own message, or the refusal naming who can help. */
export function useSaveErrorMessage(): (error: unknown) => string {
  const errorMessage = useApiErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.fields.length > 0) return error.fields[0]!.message;
      if (isApiError(error) && error.status === 403 && error.message) return error.message;
      return errorMessage(error);
    },
    [errorMessage],
  );
}
