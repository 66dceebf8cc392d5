import { LIMITS } from '@komunitas-pintar/domain';
import { completeLesson } from '../../../api/src/modules/learning/complete-lesson';
import { fixedClock } from '../../../api/src/common/dates';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { Role } from '../../../api/src/common/role';
import { Enrollment } from '../../../api/src/modules/learning/enrollment.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { aPosition, makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import {
  ARCHIVE,
  COMPLETE,
  CREATE,
  ENROLL,
  MODULE,
  MODULES,
  measure,
  moduleInput,
  PUBLISH,
  publishedModule,
  textLesson,
  UPDATE,
} from './support';

/** Today in the regency's calendar: e-learning credits the time measured on its lessons, on the dates measured. */
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

let t: TestApp;
let trainer: TestUser;
let otherTrainer: TestUser;
let admin: TestUser;
let learner: TestUser;
let committee: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER, Role.LEARNER]);
  otherTrainer = await makeUser(t.em(), [Role.TRAINER]);
  admin = await makeUser(t.em(), [Role.ADMIN]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
  committee = await makeUser(t.em(), [Role.COMMITTEE], { withEmployee: false });
});
afterAll(() => t.close());

/**
 * The modules of `./support`, stating 1 JP: their two e-learning lessons of 30 minutes hold 1.3 JP,
 * and an e-learning module may not state more JP than its required lessons last.
 */
const input = (code: string, extra: object = {}) => moduleInput(code, { jpValue: 1, ...extra });
const published = (code: string, extra: object = {}) => publishedModule(t, trainer.actor, code, { jpValue: 1, ...extra });

describe('authoring permissions', () => {
  it('createCourseModule: logged out, learners and committee are refused; a trainer becomes the author', async () => {
    expect(errorCode(await t.gql(CREATE, { input: input('AUTH-1') }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE, { input: input('AUTH-1') }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input: input('AUTH-1') }, committee.actor))).toBe('FORBIDDEN');
    const created = await t.gql(CREATE, { input: input('auth-1') }, trainer.actor);
    expect(created.data!.createCourseModule).toMatchObject({
      code: 'AUTH-1',
      status: 'DRAFT',
      version: 1,
      authors: [{ id: trainer.user.id, name: trainer.user.displayName }],
      lessonCount: 2,
      totalMinutes: 90,
      viewerCan: { edit: true, publish: true, enroll: false },
    });
  });

  it('rejects bad input naming the field', async () => {
    const cases: [object, string, string][] = [
      [{ code: 'a b' }, 'code', 'matches'],
      [{ jpValue: 0 }, 'jpValue', 'min'],
      [{ jpValue: 19.95 }, 'jpValue', 'JP_ONE_DECIMAL'],
      [{ formId: 99 }, 'formId', 'NOT_FOUND'],
      [{ formId: 9 }, 'formId', 'FORM_NOT_FOR_MODULES'], // seminar: JP per day, not the module's JP
      [{ formId: 22 }, 'formId', 'FORM_NOT_FOR_MODULES'], // belajar mandiri: needs a learning report
      [{ code: 'AUTH-1' }, 'code', 'CODE_TAKEN'],
      [{ sections: [{ title: '', lessons: [] }] }, 'sections.0.title', 'minLength'],
      [
        { sections: [{ title: 'Bagian', lessons: [{ title: 'Video', kind: 'VIDEO', url: 'http://x.test/v' }] }] },
        'sections.0.lessons.0.url',
        'isUrl',
      ],
      [{ competencies: [{ competencyId: '00000000-0000-4000-8000-000000000000', level: 2 }] }, 'competencies', 'NOT_FOUND'],
    ];
    for (const [change, field, rule] of cases) {
      const result = await t.gql(CREATE, { input: { ...input('BAD-1'), ...change } }, trainer.actor);
      expect({ change, errors: fieldErrors(result) }).toEqual({ change, errors: [{ field, rule }] });
    }
  });

  it('a trainer edits only modules they author; an admin edits all', async () => {
    const id = (await t.gql(CREATE, { input: input('AUTH-2') }, trainer.actor)).data!.createCourseModule.id;
    expect(errorCode(await t.gql(UPDATE, { input: { id, title: 'Diubah orang lain' } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE, { input: { id, title: 'Diubah peserta' } }, learner.actor))).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE, { input: { id, title: 'Diubah pemilik' } }, trainer.actor)).data!.updateCourseModule.title).toBe(
      'Diubah pemilik',
    );
    expect((await t.gql(UPDATE, { input: { id, title: 'Diubah admin' } }, admin.actor)).data!.updateCourseModule.title).toBe(
      'Diubah admin',
    );
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE, { input: { id, authorIds: [otherTrainer.user.id] } }, trainer.actor))).toBe('FORBIDDEN');
    const moved = await t.gql(UPDATE, { input: { id, authorIds: [otherTrainer.user.id] } }, admin.actor);
    expect(moved.data!.updateCourseModule.authors).toEqual([{ id: otherTrainer.user.id, name: otherTrainer.user.displayName }]);
    expect(fieldErrors(await t.gql(UPDATE, { input: { id, authorIds: [learner.user.id] } }, admin.actor))).toEqual([
      { field: 'authorIds', rule: 'NOT_TRAINER' },
    ]);
  });

  it('updateCourseModule refuses null for fields that must keep a value, naming each, and changes nothing', async () => {
    const id = (await t.gql(CREATE, { input: input('NULL-1') }, trainer.actor)).data!.createCourseModule.id;
    for (const field of ['title', 'summary', 'formId', 'jpValue']) {
      const result = await t.gql(UPDATE, { input: { id, [field]: null } }, trainer.actor);
      expect({ field, code: errorCode(result) }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect(fieldErrors(result)).toContainEqual({ field, rule: 'REQUIRED' });
    }
    const unchanged = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule;
    expect(unchanged).toMatchObject({ title: 'Modul NULL-1', summary: 'Ringkasan modul', jpValue: 1, form: { id: 16 } });
    // Left out, they stay as they are; organiser may be cleared.
    const cleared = await t.gql(UPDATE, { input: { id, organiser: null } }, trainer.actor);
    expect(cleared.data!.updateCourseModule).toMatchObject({ title: 'Modul NULL-1', organiser: null });
  });

  it('drafts are invisible to learners and other trainers', async () => {
    const id = (await t.gql(CREATE, { input: input('AUTH-3') }, trainer.actor)).data!.createCourseModule.id;
    expect(errorCode(await t.gql(MODULE, { id }, learner.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MODULE, { id }, otherTrainer.actor))).toBe('NOT_FOUND');
    expect((await t.gql(MODULE, { id }, admin.actor)).data!.courseModule.status).toBe('DRAFT');
    const listed = await t.gql(MODULES, { filter: { search: 'AUTH-3' } }, learner.actor);
    expect(listed.data!.courseModules.total).toBe(0);
    const mine = await t.gql(MODULES, { filter: { mine: true, search: 'AUTH-3' } }, trainer.actor);
    expect(mine.data!.courseModules.items.map((m: { code: string }) => m.code)).toEqual(['AUTH-3']);
  });
});

describe('publishing', () => {
  it('refuses a module without lessons, or a lesson without its content', async () => {
    const empty = await t.gql(CREATE, { input: { ...input('PUB-1'), sections: [] } }, trainer.actor);
    const noLessons = await t.gql(PUBLISH, { input: { id: empty.data!.createCourseModule.id } }, trainer.actor);
    expect(fieldErrors(noLessons)).toEqual([{ field: 'sections', rule: 'EMPTY' }]);
    const blank = await t.gql(
      CREATE,
      {
        input: {
          ...input('PUB-2', { jpValue: 0.5 }),
          sections: [{ title: 'Bagian', lessons: [textLesson('Kosong', ''), { title: 'Unduhan', kind: 'FILE' }] }],
        },
      },
      trainer.actor,
    );
    const result = await t.gql(PUBLISH, { input: { id: blank.data!.createCourseModule.id } }, trainer.actor);
    expect(fieldErrors(result)).toEqual([
      { field: 'sections.0.lessons.0.body', rule: 'REQUIRED' },
      { field: 'sections.0.lessons.1.fileId', rule: 'REQUIRED' },
    ]);
  });

  it('publishCourseModule: learners are refused; bad ids are bad input or not found', async () => {
    const id = (await t.gql(CREATE, { input: input('PUB-4') }, trainer.actor)).data!.createCourseModule.id;
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, committee.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(PUBLISH, { input: { id: 'modul' } }, trainer.actor))).toEqual([{ field: 'id', rule: 'isUuid' }]);
    expect(errorCode(await t.gql(PUBLISH, { input: { id: '00000000-0000-4000-8000-000000000000' } }, trainer.actor))).toBe('NOT_FOUND');
    expect((await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule.status).toBe('DRAFT');
  });

  it('publishes a draft once; publishing again is a conflict', async () => {
    const id = (await t.gql(CREATE, { input: input('PUB-3') }, trainer.actor)).data!.createCourseModule.id;
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }))).toBe('UNAUTHENTICATED');
    const published = await t.gql(PUBLISH, { input: { id } }, trainer.actor);
    expect(published.data!.publishCourseModule).toMatchObject({ status: 'PUBLISHED', viewerCan: { publish: false } });
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, trainer.actor))).toBe('CONFLICT');
    const seen = await t.gql(MODULE, { id }, learner.actor);
    expect(seen.data!.courseModule.viewerCan).toEqual({ edit: false, publish: false, enroll: true });
  });
});

describe('Markdown', () => {
  it('never delivers a script; learners get only the sanitised HTML', async () => {
    const body =
      '# Judul\n\n<script>alert("x")</script>\n\n<img src="https://example.org/a.png" onerror="alert(1)">\n\n[klik](javascript:alert(1)) dan [situs](https://sidoarjokab.go.id)\n\n<iframe src="https://evil.example"></iframe>';
    const id = await published('MD-1', { jpValue: 0.5, sections: [{ title: 'Bagian', lessons: [textLesson('Berbahaya', body)] }] });
    const lesson = (await t.gql(MODULE, { id }, learner.actor)).data!.courseModule.sections[0].lessons[0];
    expect(lesson.body).toBeNull();
    expect(lesson.bodyHtml).toContain('<h1>Judul</h1>');
    expect(lesson.bodyHtml).not.toMatch(/<script|alert\("x"\)|onerror|href="javascript:|<iframe/i);
    expect(lesson.bodyHtml).toContain('[klik](javascript:alert(1))'); // left as plain text, not a link
    expect(lesson.bodyHtml).toContain('<a href="https://sidoarjokab.go.id" rel="noopener noreferrer nofollow" target="_blank">situs</a>');
    // An image from elsewhere would be a tracking pixel: it is a link to the image instead.
    expect(lesson.bodyHtml).not.toContain('<img');
    expect(lesson.bodyHtml).toContain(
      '<a href="https://example.org/a.png" rel="noopener noreferrer nofollow" target="_blank">https://example.org/a.png</a>',
    );
    const forAuthor = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule.sections[0].lessons[0];
    expect(forAuthor.body).toBe(body);
  });

  it('shows images from this server only and drops protocol-relative URLs', async () => {
    const PREVIEW = `query MarkdownPreview($input: MarkdownPreviewInput!) { markdownPreview(input: $input) }`;
    const own = '/files/0b6d2f4e-1c3a-4d5e-8f70-123456789abc';
    const body = [
      `![Bagan](${own})`,
      '![Piksel](https://pelacak.example/p.gif)',
      '<img src="//pelacak.example/p.gif" alt="kecil">',
      '<img src="http://pelacak.example/p.gif">',
      '[tautan](//pelacak.example/halaman)',
    ].join('\n\n');
    const html: string = (await t.gql(PREVIEW, { input: { markdown: body } }, trainer.actor)).data!.markdownPreview;
    expect(html.match(/<img[^>]*>/g)).toEqual([`<img src="${own}" alt="Bagan" />`]);
    expect(html).not.toContain('//pelacak.example/halaman');
    expect(html).not.toMatch(/src="(https?:)?\/\/pelacak/);
    expect(html).toContain('<a href="https://pelacak.example/p.gif" rel="noopener noreferrer nofollow" target="_blank">Piksel</a>');
    expect(html).toContain('>kecil</a>');
    expect(html).toContain('>tautan</a>');
  });

  it('turns YouTube and Vimeo links into players, other links stay links', async () => {
    const id = await published('VID-1', {
      sections: [
        {
          title: 'Video',
          lessons: [
            { title: 'YouTube', kind: 'VIDEO', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', durationMinutes: 20 },
            { title: 'Vimeo', kind: 'VIDEO', url: 'https://vimeo.com/76979871', durationMinutes: 20 },
            { title: 'Lain', kind: 'VIDEO', url: 'https://video.sidoarjokab.go.id/v/1', durationMinutes: 20 },
          ],
        },
      ],
    });
    const lessons = (await t.gql(MODULE, { id }, learner.actor)).data!.courseModule.sections[0].lessons;
    expect(lessons.map((l: { embedUrl: string | null }) => l.embedUrl)).toEqual([
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://player.vimeo.com/video/76979871',
      null,
    ]);
  });
});

describe('versions', () => {
  it('editing a published module makes a new draft version; learners keep theirs until they finish', async () => {
    const v1 = await published('VER-1');
    const enrolled = await t.gql(ENROLL, { input: { moduleId: v1 } }, learner.actor);
    expect(enrolled.data!.enrollInModule.module).toEqual({ id: v1, version: 1 });

    const edited = await t.gql(
      UPDATE,
      {
        input: {
          id: v1,
          title: 'Versi kedua',
          sections: [{ title: 'Baru', lessons: [textLesson('Satu-satunya', undefined, { durationMinutes: 45 })] }],
        },
      },
      trainer.actor,
    );
    const v2 = edited.data!.updateCourseModule;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', title: 'Versi kedua', lessonCount: 1 });
    expect(v2.id).not.toBe(v1);
    const again = await t.gql(UPDATE, { input: { id: v1, summary: 'Ringkasan v2' } }, trainer.actor);
    expect(again.data!.updateCourseModule).toMatchObject({ id: v2.id, version: 2, summary: 'Ringkasan v2' });

    const stillV1 = (await t.gql(MODULE, { id: v1 }, learner.actor)).data!.courseModule;
    expect(stillV1).toMatchObject({ status: 'PUBLISHED', title: 'Modul VER-1', lessonCount: 2 });

    expect((await t.gql(PUBLISH, { input: { id: v2.id } }, trainer.actor)).errors).toBeUndefined();
    const archived = (await t.gql(MODULE, { id: v1 }, learner.actor)).data!.courseModule;
    expect(archived).toMatchObject({ status: 'ARCHIVED', lessonCount: 2, myEnrollment: { progressPercent: 0 } });
    const outsider = await makeUser(t.em(), [Role.LEARNER]);
    expect(errorCode(await t.gql(MODULE, { id: v1 }, outsider.actor))).toBe('NOT_FOUND');
    const catalog = await t.gql(MODULES, { filter: { search: 'VER-1' } }, outsider.actor);
    expect(catalog.data!.courseModules.items.map((m: { version: number }) => m.version)).toEqual([2]);
    expect(errorCode(await t.gql(UPDATE, { input: { id: v1, title: 'Lama' } }, trainer.actor))).toBe('CONFLICT');
  });

  it('a learner still taking v1 who joins v2 gets v1 back; once v1 is finished, v2 may be taken but earns no second JP', async () => {
    const student = await makeUser(t.em(), [Role.LEARNER]);
    const v1 = await published('VER-2', { formId: 3, jpValue: 2 });
    const lessonsOf = async (id: string): Promise<string[]> =>
      (await t.gql(MODULE, { id }, student.actor)).data!.courseModule.sections.flatMap((s: { lessons: { id: string }[] }) =>
        s.lessons.map((l) => l.id),
      );
    const v1Lessons = await lessonsOf(v1);
    const enrollment = (await t.gql(ENROLL, { input: { moduleId: v1 } }, student.actor)).data!.enrollInModule.id;
    await t.gql(COMPLETE, { input: { lessonId: v1Lessons[0] } }, student.actor);
    const v2 = (await t.gql(UPDATE, { input: { id: v1, title: 'Modul VER-2 baru' } }, trainer.actor)).data!.updateCourseModule.id;
    await t.gql(PUBLISH, { input: { id: v2 } }, trainer.actor);

    const VERSIONS = `query Versions($id: ID!) { courseModule(id: $id) { myEnrollment { id } myOtherVersionEnrollment { id progressPercent module { id version } } } }`;
    const page = async (id: string) => (await t.gql(VERSIONS, { id }, student.actor)).data!.courseModule;
    expect(await page(v2)).toEqual({
      myEnrollment: null,
      myOtherVersionEnrollment: { id: enrollment, progressPercent: 50, module: { id: v1, version: 1 } },
    });
    expect(await page(v1)).toEqual({ myEnrollment: { id: enrollment }, myOtherVersionEnrollment: null });
    const joined = await t.gql(ENROLL, { input: { moduleId: v2 } }, student.actor);
    expect(joined.data!.enrollInModule).toMatchObject({ id: enrollment, module: { id: v1, version: 1 } });
    expect(await t.em().count(Enrollment, { employee: student.user.employee!.id })).toBe(1);
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId: (await lessonsOf(v2))[0] } }, student.actor))).toBe('CONFLICT');

    const finished = (await t.gql(COMPLETE, { input: { lessonId: v1Lessons[1] } }, student.actor)).data!.completeLesson;
    expect(finished).toMatchObject({ moduleCompleted: true, record: { jp: 2, title: 'Modul VER-2' } });
    expect(await page(v2)).toEqual({ myEnrollment: null, myOtherVersionEnrollment: null });

    // A refresher: the newer version is a new enrolment, recorded as completed, but the module
    // credits once across its versions.
    const refresher = (await t.gql(ENROLL, { input: { moduleId: v2 } }, student.actor)).data!.enrollInModule;
    expect(refresher.module).toEqual({ id: v2, version: 2 });
    expect(refresher.id).not.toBe(enrollment);
    let last;
    for (const lessonId of await lessonsOf(v2)) last = (await t.gql(COMPLETE, { input: { lessonId } }, student.actor)).data!.completeLesson;
    expect(last).toMatchObject({
      moduleCompleted: true,
      enrollment: { completedAt: expect.any(String) },
      record: null,
      creditedEarlier: { jp: 2, title: 'Modul VER-2' },
    });
    expect(await t.em().count(LearningRecord, { employee: student.user.employee!.id })).toBe(1);
    expect((await t.gql(ENROLL, { input: { moduleId: v2 } }, student.actor)).data!.enrollInModule.id).toBe(refresher.id);
  });

  it('archiving withdraws a published module from the catalog', async () => {
    const id = await published('ARC-1');
    expect(errorCode(await t.gql(ARCHIVE, { input: { id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ARCHIVE, { input: { id } }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ARCHIVE, { input: { id } }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(ARCHIVE, { input: { id: 'arsip-1' } }, trainer.actor))).toEqual([{ field: 'id', rule: 'isUuid' }]);
    expect(errorCode(await t.gql(ARCHIVE, { input: { id: '00000000-0000-4000-8000-000000000000' } }, trainer.actor))).toBe('NOT_FOUND');
    expect((await t.gql(ARCHIVE, { input: { id } }, trainer.actor)).data!.archiveCourseModule.status).toBe('ARCHIVED');
    expect(errorCode(await t.gql(ARCHIVE, { input: { id } }, trainer.actor))).toBe('CONFLICT');
    expect(errorCode(await t.gql(ENROLL, { input: { moduleId: id } }, learner.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MODULE, { id }, learner.actor))).toBe('NOT_FOUND');
  });
});

describe('catalog', () => {
  it('filters by search, competency, form and JP', async () => {
    const kep = await t.em().findOneOrFail(Competency, { code: 'T.KEP.01' });
    await published('CAT-1', { title: 'Manajemen ASN Dasar', jpValue: 4, formId: 3, competencies: [{ competencyId: kep.id, level: 2 }] });
    await published('CAT-2', { title: 'Literasi Data', jpValue: 1 });
    const codes = async (filter: object) =>
      (await t.gql(MODULES, { filter }, learner.actor))
        .data!.courseModules.items.map((m: { code: string }) => m.code)
        .filter((c: string) => c.startsWith('CAT'));
    expect(await codes({ search: 'manajemen asn' })).toEqual(['CAT-1']);
    expect(await codes({ competencyId: kep.id })).toEqual(['CAT-1']);
    expect(await codes({ form: 3 })).toEqual(['CAT-1']);
    expect(await codes({ maxJp: 2 })).toEqual(['CAT-2']);
    expect(await codes({ minJp: 3 })).toEqual(['CAT-1']);
    expect(errorCode(await t.gql(MODULES, {}))).toBe('UNAUTHENTICATED');
  });

  it('learners always get published modules, even when they ask for drafts', async () => {
    const result = await t.gql(MODULES, { filter: { status: 'DRAFT' } }, learner.actor);
    expect(result.data!.courseModules.items.every((m: { status: string }) => m.status === 'PUBLISHED')).toBe(true);
  });

  it('status filters the viewer’s own modules with `mine`, and any module for admins only', async () => {
    await published('STA-1');
    await t.gql(CREATE, { input: input('STA-2') }, trainer.actor);
    await t.gql(CREATE, { input: input('STA-3') }, otherTrainer.actor);
    const codes = async (actor: TestUser['actor'], filter: object) =>
      (await t.gql(MODULES, { filter: { search: 'STA-', ...filter } }, actor))
        .data!.courseModules.items.map((m: { code: string }) => m.code)
        .sort();
    expect(await codes(trainer.actor, { mine: true, status: 'DRAFT' })).toEqual(['STA-2']);
    expect(await codes(trainer.actor, { mine: true })).toEqual(['STA-1', 'STA-2']);
    // Without `mine` a trainer's catalog is the learners' one: the status asked for is ignored.
    expect(await codes(trainer.actor, { status: 'DRAFT' })).toEqual(['STA-1']);
    expect(await codes(admin.actor, { status: 'DRAFT' })).toEqual(['STA-2', 'STA-3']);
  });

  it('courseModules: bad input names the field', async () => {
    const cases: [object, string, string][] = [
      [{ competencyId: 'x' }, 'competencyId', 'isUuid'],
      [{ minJp: -1 }, 'minJp', 'min'],
      [{ maxJp: -0.5 }, 'maxJp', 'min'],
      [{ search: 'x'.repeat(LIMITS.searchMax + 1) }, 'search', 'maxLength'],
    ];
    for (const [filter, field, rule] of cases) {
      const result = await t.gql(MODULES, { filter }, learner.actor);
      expect({ filter, code: errorCode(result), errors: fieldErrors(result) }).toEqual({
        filter,
        code: 'BAD_USER_INPUT',
        errors: [{ field, rule }],
      });
    }
  });

  it('courseModule: an id that is not a UUID is bad input; an unknown one is not found', async () => {
    const bad = await t.gql(MODULE, { id: 'modul-1' }, learner.actor);
    expect([errorCode(bad), fieldErrors(bad)]).toEqual(['BAD_USER_INPUT', [{ field: 'id', rule: 'isUuid' }]]);
    expect(errorCode(await t.gql(MODULE, { id: '00000000-0000-4000-8000-000000000000' }, learner.actor))).toBe('NOT_FOUND');
  });
});

describe('learning and progress', () => {
  it('enrolment needs an employee record and a published module; enrolling twice returns the same', async () => {
    const id = await published('ENR-1');
    expect(errorCode(await t.gql(ENROLL, { input: { moduleId: id } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ENROLL, { input: { moduleId: id } }, committee.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(ENROLL, { input: { moduleId: 'x' } }, learner.actor))).toEqual([{ field: 'moduleId', rule: 'isUuid' }]);
    expect(errorCode(await t.gql(ENROLL, { input: { moduleId: '00000000-0000-4000-8000-000000000000' } }, learner.actor))).toBe(
      'NOT_FOUND',
    );
    const draft = (await t.gql(CREATE, { input: input('ENR-2') }, trainer.actor)).data!.createCourseModule.id;
    // A draft of someone else answers like a module that does not exist; its author hears why.
    expect(errorCode(await t.gql(ENROLL, { input: { moduleId: draft } }, learner.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ENROLL, { input: { moduleId: draft } }, trainer.actor))).toBe('CONFLICT');
    const first = await t.gql(ENROLL, { input: { moduleId: id } }, learner.actor);
    const second = await t.gql(ENROLL, { input: { moduleId: id } }, learner.actor);
    expect(second.data!.enrollInModule.id).toBe(first.data!.enrollInModule.id);
  });

  it('progress grows per required lesson; the last one completes the module and credits its JP once', async () => {
    const student = await makeUser(t.em(), [Role.LEARNER]);
    const id = await published('PRG-1', {
      jpValue: 2,
      sections: [
        { title: 'A', lessons: [textLesson('Satu'), textLesson('Dua')] },
        { title: 'B', lessons: [textLesson('Tiga'), textLesson('Bacaan tambahan', 'Opsional', { required: false })] },
      ],
    });
    const lessons = (await t.gql(MODULE, { id }, student.actor)).data!.courseModule.sections.flatMap((s: { lessons: { id: string }[] }) =>
      s.lessons.map((l) => l.id),
    );
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId: lessons[0] } }, student.actor))).toBe('CONFLICT');
    await t.gql(ENROLL, { input: { moduleId: id } }, student.actor);
    for (const lessonId of lessons.slice(0, 3)) await measure(t, student.user.employee!.id, lessonId, today(), 45);
    const step = async (i: number) => (await t.gql(COMPLETE, { input: { lessonId: lessons[i] } }, student.actor)).data!.completeLesson;
    expect(await step(0)).toMatchObject({
      moduleCompleted: false,
      enrollment: { progressPercent: 33, nextLessonId: lessons[1] },
      record: null,
    });
    expect(await step(3)).toMatchObject({ moduleCompleted: false, enrollment: { progressPercent: 33 } });
    expect(await step(1)).toMatchObject({ enrollment: { progressPercent: 66 } });
    const last = await step(2);
    expect(last).toMatchObject({
      moduleCompleted: true,
      enrollment: { progressPercent: 100, nextLessonId: null },
      record: { jp: 2, status: 'APPROVED', title: 'Modul PRG-1', form: { id: 16 } },
    });
    expect(last.enrollment.completedAt).toBeTruthy();
    const repeat = await step(2);
    expect(repeat).toMatchObject({ moduleCompleted: false, record: null });
    expect(await t.em().count(LearningRecord, { employee: student.user.employee!.id })).toBe(1);
    expect(fieldErrors(await t.gql(COMPLETE, { input: { lessonId: lessons[0], how: 'GUESSED' } }, student.actor))).toEqual([
      { field: 'how', rule: 'isIn' },
    ]);
    expect(fieldErrors(await t.gql(COMPLETE, { input: { lessonId: 'pelajaran-1' } }, student.actor))).toEqual([
      { field: 'lessonId', rule: 'isUuid' },
    ]);
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId: '00000000-0000-4000-8000-000000000000' } }, student.actor))).toBe(
      'NOT_FOUND',
    );
  });

  it('completeLesson: a lesson of a draft one may not see answers like a lesson that does not exist', async () => {
    const draft = (await t.gql(CREATE, { input: input('HIDE-1') }, trainer.actor)).data!.createCourseModule;
    const lessonId = draft.sections[0].lessons[0].id;
    const hidden = await t.gql(COMPLETE, { input: { lessonId } }, learner.actor);
    const madeUp = await t.gql(COMPLETE, { input: { lessonId: '00000000-0000-4000-8000-000000000000' } }, learner.actor);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message.replace(lessonId, 'ID')).toBe(
      madeUp.errors![0].message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
    // Its author may see it, and hears that a draft is not taken.
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId } }, trainer.actor))).toBe('CONFLICT');
  });

  it('completeLesson: users without an employee record do not take lessons', async () => {
    const id = await published('PRG-2');
    const lessonId = (await t.gql(MODULE, { id }, committee.actor)).data!.courseModule.sections[0].lessons[0].id;
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId } }, committee.actor))).toBe('FORBIDDEN');
  });

  it('credits the year of completion in the regency’s calendar (31 Dec vs 1 Jan, WIB)', async () => {
    const years: number[] = [];
    for (const [code, instant] of [
      ['YR-1', '2026-12-31T16:30:00Z'],
      ['YR-2', '2026-12-31T17:30:00Z'],
    ]) {
      const student = await makeUser(t.em(), [Role.LEARNER]);
      const id = await published(code, { jpValue: 0.5, sections: [{ title: 'A', lessons: [textLesson('Satu')] }] });
      await t.gql(ENROLL, { input: { moduleId: id } }, student.actor);
      const lessonId = (await t.gql(MODULE, { id }, student.actor)).data!.courseModule.sections[0].lessons[0].id;
      const result = await completeLesson(t.em(), student.actor, { lessonId, how: 'MANUAL' }, fixedClock(instant));
      years.push(result.record!.year);
    }
    expect(years).toEqual([2026, 2027]); // 23:30 WIB on 31 Dec, then 00:30 WIB on 1 Jan
  });

  it('myLearning shows enrolments with progress and this year’s JP in one request', async () => {
    const student = await makeUser(t.em(), [Role.LEARNER]);
    const id = await published('DASH-1', {
      jpValue: 2,
      sections: [{ title: 'A', lessons: [textLesson('Satu', undefined, { durationMinutes: 90 })] }],
    });
    const MY = `query MyLearning { myLearning { enrollments { progressPercent module { code } } jp { approvedJp targetJp reached } recentRecords { jp title } } }`;
    expect((await t.gql(MY, {}, student.actor)).data!.myLearning).toEqual({
      enrollments: [],
      jp: { approvedJp: 0, targetJp: 20, reached: false },
      recentRecords: [],
    });
    await t.gql(ENROLL, { input: { moduleId: id } }, student.actor);
    const lessonId = (await t.gql(MODULE, { id }, student.actor)).data!.courseModule.sections[0].lessons[0].id;
    await measure(t, student.user.employee!.id, lessonId, today(), 90);
    await t.gql(COMPLETE, { input: { lessonId } }, student.actor);
    expect((await t.gql(MY, {}, student.actor)).data!.myLearning).toEqual({
      enrollments: [{ progressPercent: 100, module: { code: 'DASH-1' } }],
      jp: { approvedJp: 2, targetJp: 20, reached: false },
      recentRecords: [{ jp: 2, title: 'Modul DASH-1' }],
    });
    expect((await t.gql(MY, {}, committee.actor)).data!.myLearning).toEqual({ enrollments: [], jp: null, recentRecords: [] });
  });
});

describe('recommendations in the gap', () => {
  it('recommends published modules that build the missing levels, best first, leaving out completed ones', async () => {
    const pengolah = await aPosition(t.em(), 'PENGOLAH-DATA');
    const student = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { position: pengolah }) });
    const [m01, m02, tik03] = await Promise.all(['M.01', 'M.02', 'T.TIK.03'].map((code) => t.em().findOneOrFail(Competency, { code })));
    const both = await published('REC-1', {
      formId: 3,
      jpValue: 4,
      competencies: [
        { competencyId: m01.id, level: 1 },
        { competencyId: tik03.id, level: 2 },
      ],
    });
    await published('REC-2', { jpValue: 1, competencies: [{ competencyId: m02.id, level: 3 }] });
    await published('REC-3', { formId: 3, jpValue: 2, competencies: [{ competencyId: tik03.id, level: 1 }] });
    const GAP = `query Gap($input: CompetencyGapInput!) { competencyGap(input: $input) { recommendedModules { closesLevels competencyCodes module { code jpValue } } } }`;
    const recommend = async () =>
      (await t.gql(GAP, { input: { employeeId: student.user.employee!.id } }, student.actor))
        .data!.competencyGap.recommendedModules.filter((r: { module: { code: string } }) => r.module.code.startsWith('REC'))
        .map((r: { module: { code: string }; closesLevels: number; competencyCodes: string[] }) => [
          r.module.code,
          r.closesLevels,
          r.competencyCodes,
        ]);
    expect(await recommend()).toEqual([
      ['REC-1', 3, ['M.01', 'T.TIK.03']],
      ['REC-2', 1, ['M.02']],
      ['REC-3', 1, ['T.TIK.03']],
    ]);
    await t.gql(ENROLL, { input: { moduleId: both } }, student.actor);
    for (const lesson of (await t.gql(MODULE, { id: both }, student.actor)).data!.courseModule.sections[0].lessons) {
      await t.gql(COMPLETE, { input: { lessonId: lesson.id } }, student.actor);
    }
    expect((await recommend()).map((r: unknown[]) => r[0])).toEqual(['REC-2', 'REC-3']);
  });
});

describe('markdownPreview', () => {
  const PREVIEW = `query MarkdownPreview($input: MarkdownPreviewInput!) { markdownPreview(input: $input) }`;
  it('renders for authors exactly as learners will get it', async () => {
    expect((await t.gql(PREVIEW, { input: { markdown: 'x' } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(PREVIEW, { input: { markdown: 'x' } }, learner.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(PREVIEW, { input: { markdown: 'x'.repeat(100_001) } }, trainer.actor))).toEqual([
      { field: 'markdown', rule: 'maxLength' },
    ]);
    const html = (await t.gql(PREVIEW, { input: { markdown: '**tebal** <script>alert(1)</script>' } }, trainer.actor)).data!
      .markdownPreview;
    expect(html).toBe('<p><strong>tebal</strong> </p>\n');
  });
});

describe('competencies a module builds', () => {
  it('are replaced on a saved draft: changed, removed and added', async () => {
    const [m01, m02, tik03] = await Promise.all(['M.01', 'M.02', 'T.TIK.03'].map((code) => t.em().findOneOrFail(Competency, { code })));
    const created = await t.gql(
      CREATE,
      {
        input: {
          ...input('COMP-1'),
          competencies: [
            { competencyId: m01.id, level: 1 },
            { competencyId: m02.id, level: 2 },
          ],
        },
      },
      trainer.actor,
    );
    const id = created.data!.createCourseModule.id;
    const updated = await t.gql(
      UPDATE,
      {
        input: {
          id,
          competencies: [
            { competencyId: m01.id, level: 3 },
            { competencyId: tik03.id, level: 2 },
          ],
        },
      },
      trainer.actor,
    );
    expect(updated.errors).toBeUndefined();
    const built = updated.data!.updateCourseModule.competencies.map((c: { level: number; competency: { code: string } }) => [
      c.competency.code,
      c.level,
    ]);
    expect(built.sort()).toEqual([
      ['M.01', 3],
      ['T.TIK.03', 2],
    ]);
    const cleared = await t.gql(UPDATE, { input: { id, competencies: [] } }, trainer.actor);
    expect(cleared.data!.updateCourseModule.competencies).toEqual([]);
  });
});

describe('at the same moment', () => {
  it('two clicks on Join give one enrolment', async () => {
    const student = await makeUser(t.em(), [Role.LEARNER]);
    const id = await published('SAME-1');
    const [a, b] = await Promise.all([1, 2].map(() => t.gql(ENROLL, { input: { moduleId: id } }, student.actor)));
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect(a.data!.enrollInModule.id).toBe(b.data!.enrollInModule.id);
  });

  it('finishing the last two lessons together still completes the module, once', async () => {
    const student = await makeUser(t.em(), [Role.LEARNER]);
    const id = await published('SAME-2');
    await t.gql(ENROLL, { input: { moduleId: id } }, student.actor);
    const lessons = (await t.gql(MODULE, { id }, student.actor)).data!.courseModule.sections[0].lessons.map((l: { id: string }) => l.id);
    const results = await Promise.all(
      lessons.map((lessonId: string) => t.gql(COMPLETE, { input: { lessonId, how: 'VIEWED_TO_END' } }, student.actor)),
    );
    expect(results.map((r) => r.data!.completeLesson.moduleCompleted).sort()).toEqual([false, true]);
    expect(await t.em().count(LearningRecord, { employee: student.user.employee!.id })).toBe(1);
    expect((await t.gql(MODULE, { id }, student.actor)).data!.courseModule.myEnrollment.completedAt).toBeTruthy();
  });
});
