import { DEFAULT_EVALUATION_STATEMENTS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';

const DEFAULTS = new Map(DEFAULT_EVALUATION_STATEMENTS.map((s) => [s.id, s.text]));

/**
 * How an evaluation statement reads in the reader's language: a statement still worded as the
 * default form has it comes from the locale; one an administrator wrote is shown as written.
 */
export function useStatementText(): (id: string, text: string) => string {
  const { t } = useTranslation();
  return (id, text) => (DEFAULTS.get(id) === text ? t(`assessment.evaluation.defaultStatements.${id}`, { defaultValue: text }) : text);
}
