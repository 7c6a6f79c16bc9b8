import { AppError } from '../../platform/http/app-error.ts';

/**
 * Runs a Sell operation and names Sell's field errors as the integration's form does
 * (`last_name` → `lastName`), so a 422 points at the field the agent sees.
 */
export async function withFieldNames<T>(names: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const fields = error.fields.map((f) => ({ ...f, field: names[f.field] ?? f.field }));
    throw new AppError(error.status, error.code, error.message, fields, error.headers, error.details);
  }
}
