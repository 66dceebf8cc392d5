import type { TestApp } from '../../support/test-app';

export const MODULE_FIELDS = `id moduleKey version code title summary status jpValue organiser form { id name }
  authors { id name } competencies { level competency { code } }
  sections { id title lessons { id title kind body bodyHtml url embedUrl durationMinutes required file { id url } } }
  lessonCount totalMinutes viewerCan { edit publish enroll }
  myEnrollment { id progressPercent completedAt doneLessonIds nextLessonId }`;

export const CREATE = `mutation CreateCourseModule($input: CreateCourseModuleInput!) { createCourseModule(input: $input) { ${MODULE_FIELDS} } }`;
export const UPDATE = `mutation UpdateCourseModule($input: UpdateCourseModuleInput!) { updateCourseModule(input: $input) { ${MODULE_FIELDS} } }`;
export const PUBLISH = `mutation PublishCourseModule($input: ModuleIdInput!) { publishCourseModule(input: $input) { ${MODULE_FIELDS} } }`;
export const ARCHIVE = `mutation ArchiveCourseModule($input: ModuleIdInput!) { archiveCourseModule(input: $input) { id status } }`;
export const MODULE = `query CourseModule($id: ID!) { courseModule(id: $id) { ${MODULE_FIELDS} } }`;
export const MODULES = `query CourseModules($filter: CourseModuleFilter, $page: PageInput) { courseModules(filter: $filter, page: $page) { total items { id code title status version jpValue } } }`;
export const ENROLL = `mutation EnrollInModule($input: EnrollInModuleInput!) { enrollInModule(input: $input) { id progressPercent module { id version } } }`;
export const COMPLETE = `mutation CompleteLesson($input: CompleteLessonInput!) {
  completeLesson(input: $input) { moduleCompleted enrollment { progressPercent completedAt doneLessonIds nextLessonId } record { jp year title status form { id } } creditedEarlier { jp title } }
}`;

export const textLesson = (title: string, body = `Isi ${title}`, extra: object = {}) => ({
  title,
  kind: 'TEXT',
  body,
  durationMinutes: 45,
  ...extra,
});

export function moduleInput(code: string, extra: object = {}) {
  return {
    code,
    title: `Modul ${code}`,
    summary: 'Ringkasan modul',
    formId: 16,
    jpValue: 2,
    sections: [{ title: 'Bagian 1', lessons: [textLesson('Pengantar'), textLesson('Materi inti')] }],
    ...extra,
  };
}

/** Creates and publishes a module as `author`; returns its id. */
export async function publishedModule(
  t: TestApp,
  author: Parameters<TestApp['gql']>[2],
  code: string,
  extra: object = {},
): Promise<string> {
  const created = await t.gql(CREATE, { input: moduleInput(code, extra) }, author);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const published = await t.gql(PUBLISH, { input: { id: created.data!.createCourseModule.id } }, author);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return created.data!.createCourseModule.id;
}

/**
 * Time measured on a lesson, as the lesson page's heartbeats leave it (`lesson_time`): `minutes` on
 * the local date `date`, added to what the date holds. For tests of what measured time credits;
 * the heartbeats themselves are tested in `lesson-heartbeat.test.ts`.
 */
export async function measure(t: TestApp, employeeId: string, lessonId: string, date: string, minutes: number): Promise<void> {
  await t
    .em()
    .getConnection()
    .execute(
      `insert into lesson_time (id, employee_id, lesson_id, date, ms) values (gen_random_uuid(), ?, ?, ?, ?)
       on conflict (employee_id, lesson_id, date) do update set ms = lesson_time.ms + excluded.ms`,
      [employeeId, lessonId, date, Math.round(minutes * 60_000)],
    );
}
