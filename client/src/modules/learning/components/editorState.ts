import { LIMITS, MODULE_LIMITS } from '@komunitas-pintar/domain';
import type { LessonKind, ModuleEditorFieldsFragment, UpdateCourseModuleInput } from '../../../gql/graphql';
import type { CompetencyOption } from '../../competency/components/CompetencyPicker';
import { parseDecimal } from '../../../ui/format';
import type { UploadedFile } from '../../../ui/uploadFile';

export interface LessonDraft {
  /** Stable React key; `id` is the server's lesson id once saved. */
  key: string;
  id?: string;
  title: string;
  kind: LessonKind;
  required: boolean;
  minutes: string;
  body: string;
  url: string;
  file: UploadedFile | null;
}

export interface SectionDraft {
  key: string;
  title: string;
  lessons: LessonDraft[];
}

export interface CompetencyDraft {
  key: string;
  competency: CompetencyOption | null;
  level: number;
}

export interface ModuleDraft {
  title: string;
  summary: string;
  formId: number;
  jp: string;
  organiser: string;
  /** Completing the module also needs its post-test passed. */
  completionRequiresPostTest: boolean;
  cover: UploadedFile | null;
  competencies: CompetencyDraft[];
  sections: SectionDraft[];
}

let counter = 0;
export const newKey = () => `k${++counter}`;

export function newLesson(): LessonDraft {
  return { key: newKey(), title: '', kind: 'TEXT', required: true, minutes: '', body: '', url: '', file: null };
}

export function toDraft(m: ModuleEditorFieldsFragment): ModuleDraft {
  return {
    title: m.title,
    summary: m.summary,
    formId: m.form.id,
    jp: String(m.jpValue).replace('.', ','),
    organiser: m.organiser ?? '',
    completionRequiresPostTest: m.completionRequiresPostTest,
    cover: m.cover ? { id: m.cover.id, name: m.cover.name, url: m.cover.url, size: 0, mimeType: '' } : null,
    competencies: m.competencies.map((c) => ({ key: newKey(), competency: c.competency, level: c.level })),
    sections: m.sections.map((s) => ({
      key: newKey(),
      title: s.title,
      lessons: s.lessons.map((l) => ({
        key: newKey(),
        id: l.id,
        title: l.title,
        kind: l.kind,
        required: l.required,
        minutes: l.durationMinutes != null ? String(l.durationMinutes) : '',
        body: l.body ?? '',
        url: l.url ?? '',
        file: l.file ?? null,
      })),
    })),
  };
}

/** The saved draft with the React keys of the one on screen, so open editors stay as they are. */
export function keepKeys(previous: ModuleDraft, next: ModuleDraft): ModuleDraft {
  return {
    ...next,
    competencies: next.competencies.map((c, i) => ({ ...c, key: previous.competencies[i]?.key ?? c.key })),
    sections: next.sections.map((s, si) => ({
      ...s,
      key: previous.sections[si]?.key ?? s.key,
      lessons: s.lessons.map((l, li) => ({ ...l, key: previous.sections[si]?.lessons[li]?.key ?? l.key })),
    })),
  };
}

export function parseMinutes(value: string): number | null {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isInteger(n) ? n : null;
}

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The whole module as `updateCourseModule` takes it; lessons keep their ids. */
export function toInput(d: ModuleDraft): Omit<UpdateCourseModuleInput, 'id'> {
  return {
    title: d.title.trim(),
    summary: d.summary.trim(),
    formId: d.formId,
    jpValue: parseDecimal(d.jp) ?? 0,
    organiser: d.organiser.trim() || null,
    completionRequiresPostTest: d.completionRequiresPostTest,
    coverFileId: d.cover?.id ?? null,
    competencies: d.competencies.filter((c) => c.competency).map((c) => ({ competencyId: c.competency!.id, level: c.level })),
    sections: d.sections.map((s) => ({
      title: s.title.trim(),
      lessons: s.lessons.map((l) => ({
        ...(l.id && { id: l.id }),
        title: l.title.trim(),
        kind: l.kind,
        required: l.required,
        durationMinutes: parseMinutes(l.minutes),
        body: l.kind === 'TEXT' ? l.body : null,
        url: l.kind === 'VIDEO' || l.kind === 'LINK' ? l.url.trim() || null : null,
        fileId: l.kind === 'FILE' ? (l.file?.id ?? null) : null,
      })),
    })),
  };
}

/** The draft's texts with their limits: while one is too long the draft is not sent. */
export function draftTexts(d: ModuleDraft): [text: string, max: number][] {
  return [
    [d.title, LIMITS.nameMax],
    [d.summary, MODULE_LIMITS.summaryMax],
    [d.organiser, LIMITS.nameMax],
    ...d.sections.flatMap((s): [string, number][] => [
      [s.title, LIMITS.nameMax],
      ...s.lessons.flatMap((l): [string, number][] => [
        [l.title, LIMITS.nameMax],
        [l.kind === 'VIDEO' || l.kind === 'LINK' ? l.url : '', MODULE_LIMITS.urlMax],
      ]),
    ]),
  ];
}

export function serialise(d: ModuleDraft): string {
  return JSON.stringify(toInput(d));
}

export function totalMinutes(d: ModuleDraft): number {
  return d.sections.reduce((sum, s) => sum + s.lessons.reduce((n, l) => n + (parseMinutes(l.minutes) ?? 0), 0), 0);
}

/** Moves a lesson one place up or down, across into the neighbouring section at the ends. */
export function moveLesson(sections: SectionDraft[], si: number, li: number, delta: -1 | 1): SectionDraft[] {
  const copy = sections.map((s) => ({ ...s, lessons: [...s.lessons] }));
  const [lesson] = copy[si].lessons.splice(li, 1);
  const target = li + delta;
  if (target >= 0 && target <= copy[si].lessons.length && !(delta === 1 && li === sections[si].lessons.length - 1)) {
    copy[si].lessons.splice(target, 0, lesson);
  } else if (delta === -1 && si > 0) {
    copy[si - 1].lessons.push(lesson);
  } else if (delta === 1 && si < copy.length - 1) {
    copy[si + 1].lessons.unshift(lesson);
  } else {
    copy[si].lessons.splice(li, 0, lesson);
  }
  return copy;
}

export function moveItem<T>(items: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** Where a lesson is in the outline, by its React key. */
export function findLesson(sections: SectionDraft[], key: string): { si: number; li: number } | null {
  for (let si = 0; si < sections.length; si++) {
    const li = sections[si].lessons.findIndex((l) => l.key === key);
    if (li >= 0) return { si, li };
  }
  return null;
}

/** Moves an item to another place in its list (a dragged section, or a lesson within its section). */
export function moveTo<T>(items: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Puts a lesson at `index` of a section (by keys), taking it out of the section it is in. */
export function moveLessonTo(sections: SectionDraft[], lessonKey: string, sectionKey: string, index: number): SectionDraft[] {
  const from = findLesson(sections, lessonKey);
  const to = sections.findIndex((s) => s.key === sectionKey);
  if (!from || to < 0) return sections;
  if (from.si === to)
    return sections.map((s, i) => (i === to ? { ...s, lessons: moveTo(s.lessons, from.li, Math.min(index, s.lessons.length - 1)) } : s));
  const lesson = sections[from.si].lessons[from.li];
  return sections.map((s, i) => {
    if (i === from.si) return { ...s, lessons: s.lessons.filter((l) => l.key !== lessonKey) };
    if (i === to) return { ...s, lessons: [...s.lessons.slice(0, index), lesson, ...s.lessons.slice(index)] };
    return s;
  });
}

/** The order of the outline, to tell whether a drag changed it. */
export function outlineOrder(sections: SectionDraft[]): string {
  return sections.map((s) => `${s.key}:${s.lessons.map((l) => l.key).join(',')}`).join('|');
}
