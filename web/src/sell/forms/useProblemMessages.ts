import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type FormProblem =
  | 'nameOrCompany'
  | 'lastName'
  | 'organizationName'
  | 'dealName'
  | 'amount'
  | 'currency'
  | 'email'
  | 'number'
  | 'url'
  | 'required';

/** Turns a form's problems (path → problem) into translated messages (path → text). */
export function useProblemMessages(): (problems: Partial<Record<string, FormProblem>>) => Record<string, string> {
  const { t } = useTranslation('sell');
  return useCallback(
    (problems) =>
      Object.fromEntries(
        Object.entries(problems).flatMap(([path, problem]) => (problem ? [[path, t(`validation.${problem}`)]] : [])),
      ),
    [t],
  );
}
