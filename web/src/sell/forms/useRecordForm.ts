import { useForm } from '@mantine/form';
import type { ResourceType } from '../api/types';
import { useCreateRecord, useUpdateRecord } from '../records/useRecordMutations';
import { applySellFieldErrors, unplacedError } from './applySellFieldErrors';
import { useProblemMessages, type FormProblem } from './useProblemMessages';

interface RecordFormOptions<T, Values> {
  resource: ResourceType;
  /** null creates a new record. */
  record: T | null;
  initialValues: Values;
  /** What the browser can check before sending: form path → problem. */
  problems: (values: Values) => Partial<Record<string, FormProblem>>;
  /** The body to send for these values. */
  payload: (values: Values) => Record<string, unknown>;
  /** Form paths a server message may name; the rest show above the form. */
  isFormPath: (path: string) => boolean;
  onSaved: (saved: T) => void;
}

/**
 * A lead, contact or deal form: checked as you go, created or updated on submit, and the server's
 * objections shown on the inputs they name (the others in `error`, above the form).
 */
export function useRecordForm<T extends { id: number }, Values extends Record<string, any>>({
  resource,
  record,
  initialValues,
  problems,
  payload,
  isFormPath,
  onSaved,
}: RecordFormOptions<T, Values>) {
  const messages = useProblemMessages();
  const create = useCreateRecord<T>(resource);
  const update = useUpdateRecord<T>(resource);
  const form = useForm<Values>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => messages(problems(values)),
  });
  const submit = form.onSubmit((values) => {
    const data = payload(values);
    const handlers = {
      onSuccess: (saved: T) => onSaved(saved),
      onError: (error: unknown) => applySellFieldErrors(form, error, isFormPath),
    };
    if (record) update.mutate({ id: record.id, data }, handlers);
    else create.mutate(data, handlers);
  });
  return {
    form,
    submit,
    saving: create.isPending || update.isPending,
    error: unplacedError(record ? update.error : create.error, isFormPath),
  };
}
