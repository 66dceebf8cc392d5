import type { TFunction } from 'i18next';
import type { FieldError } from '../../../ui/errors';
import type { ModuleDraft } from './editorState';

/** The input field a draft field is sent as, where the names differ. */
export const DRAFT_FIELD_INPUT: Record<string, string> = { jp: 'jpValue', cover: 'coverFileId' };

/** Errors the server gave for fields edited since: they no longer hold, so they no longer show. */
export function withoutEdited(errors: Record<string, string>, edited: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !edited.has(field)));
}

/** A refusal of the server as a line the trainer can act on: "Pelajaran 1.2 “Pengantar”: teks belum diisi". */
export function describeProblem(f: FieldError, draft: ModuleDraft, t: TFunction): string {
  const path = f.field.replace(/^input\./, '');
  const lesson = path.match(/^sections\.(\d+)\.lessons\.(\d+)\.?(\w*)/);
  if (lesson) {
    const [si, li] = [Number(lesson[1]), Number(lesson[2])];
    const title = draft.sections[si]?.lessons[li]?.title.trim() || t('learning.editor.untitled');
    const what = t([`learning.editor.problem.${lesson[3]}_${f.rule}`, `learning.rules.${f.rule}`, `rules.${f.rule}`], {
      ...f.params,
      defaultValue: f.message,
    });
    return t('learning.editor.problem.lesson', { n: `${si + 1}.${li + 1}`, title, what });
  }
  return t([`learning.editor.problem.${path}_${f.rule}`, `learning.rules.${f.rule}`, `rules.${f.rule}`], {
    ...f.params,
    defaultValue: f.message,
  });
}
