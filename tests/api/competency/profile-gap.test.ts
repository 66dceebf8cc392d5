import { CompetencyAssessment } from '../../../api/src/modules/competency/competency-assessment.entity';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { StoredFile } from '../../../api/src/modules/file/stored-file.entity';
import { Role } from '../../../api/src/common/role';
import { User } from '../../../api/src/modules/identity/user.entity';
import { anOpd, aPosition, makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const GAP = `query CompetencyGap($input: CompetencyGapInput!) {
  competencyGap(input: $input) {
    position { code }
    summary { required met totalGap score }
    items { competency { code } requiredLevel currentLevel gap evidence { level method assessorName } }
  }
}`;
const PROFILE = `query CompetencyProfile($employeeId: ID!) {
  competencyProfile(employeeId: $employeeId) { items { competency { code } currentLevel requiredLevel assessmentCount evidence { method } } }
}`;
const HISTORY = `query CompetencyAssessments($employeeId: ID!, $competencyId: ID) {
  competencyAssessments(employeeId: $employeeId, competencyId: $competencyId) { level method assessedOn validUntil evidence assessorName }
}`;
const RECORD = `mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) {
  recordCompetencyAssessment(input: $input) { id level method assessedOn validUntil assessorName }
}`;
const SET_SUPERVISED = `mutation SetSupervisedOpds($input: SetSupervisedOpdsInput!) { setSupervisedOpds(input: $input) { username supervisedOpds { code } } }`;

let t: TestApp;
let learner: TestUser; // Pengolah Data in DISKOMINFO
let colleague: TestUser; // same OPD
let outsider: TestUser; // DINKES
let supervisor: TestUser; // supervises DISKOMINFO
let committee: TestUser;
let trainer: TestUser;
let admin: TestUser;
let m01: Competency;
let tik03: Competency;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  const pengolah = await aPosition(em, 'PENGOLAH-DATA');
  learner = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { position: pengolah }) });
  colleague = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { position: pengolah }) });
  outsider = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { opdCode: 'DINKES', position: pengolah }) });
  supervisor = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER]);
  committee = await makeUser(em, [Role.COMMITTEE]);
  trainer = await makeUser(em, [Role.TRAINER]);
  admin = await makeUser(em, [Role.ADMIN]);
  m01 = await em.findOneOrFail(Competency, { code: 'M.01' });
  tik03 = await em.findOneOrFail(Competency, { code: 'T.TIK.03' });
  const kominfo = await anOpd(em, 'DISKOMINFO');
  const result = await t.gql(SET_SUPERVISED, { input: { userId: supervisor.user.id, opdIds: [kominfo.id] } }, admin.actor);
  expect(result.data!.setSupervisedOpds.supervisedOpds).toEqual([{ code: 'DISKOMINFO' }]);
});
afterAll(() => t.close());

const employeeId = (u: TestUser) => u.user.employee!.id;

describe('competencyGap', () => {
  it('for an employee with no assessments: every requirement is a full gap and the score is 0', async () => {
    const result = await t.gql(GAP, { input: { employeeId: employeeId(colleague) } }, colleague.actor);
    const gap = result.data!.competencyGap;
    expect(gap.position.code).toBe('PENGOLAH-DATA');
    expect(gap.items.length).toBeGreaterThanOrEqual(10);
    for (const item of gap.items) {
      expect(item).toMatchObject({ currentLevel: null, gap: item.requiredLevel, evidence: null });
    }
    expect(gap.summary).toMatchObject({ required: gap.items.length, met: 0, score: 0 });
    expect(gap.summary.totalGap).toBe(gap.items.reduce((s: number, i: { requiredLevel: number }) => s + i.requiredLevel, 0));
  });

  it('for an employee without a position: no standard and no score', async () => {
    const bare = await makeUser(t.em(), [Role.LEARNER]);
    const result = await t.gql(GAP, { input: { employeeId: employeeId(bare) } }, bare.actor);
    expect(result.data!.competencyGap).toMatchObject({
      position: null,
      items: [],
      summary: { required: 0, met: 0, totalGap: 0, score: null },
    });
  });

  it('uses the evidence: met competencies have no gap, largest gaps come first', async () => {
    await t.gql(RECORD, { input: { employeeId: employeeId(learner), competencyId: m01.id, level: 3, method: 'SELF' } }, learner.actor);
    await t.gql(
      RECORD,
      { input: { employeeId: employeeId(learner), competencyId: tik03.id, level: 1, method: 'SUPERVISOR' } },
      supervisor.actor,
    );
    const gap = (await t.gql(GAP, { input: { employeeId: employeeId(learner) } }, learner.actor)).data!.competencyGap;
    const item = (code: string) => gap.items.find((i: { competency: { code: string } }) => i.competency.code === code);
    expect(item('M.01')).toMatchObject({ requiredLevel: 1, currentLevel: 3, gap: 0, evidence: { level: 3, method: 'SELF' } });
    expect(item('T.TIK.03')).toMatchObject({ requiredLevel: 2, currentLevel: 1, gap: 1, evidence: { method: 'SUPERVISOR' } });
    const gaps = gap.items.map((i: { gap: number }) => i.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(gap.summary.met).toBe(1);
    const reached = 1 + 1; // M.01 capped at the required 1, T.TIK.03 at 1
    const required = gap.items.reduce((s: number, i: { requiredLevel: number }) => s + i.requiredLevel, 0);
    expect(gap.summary.score).toBe(Math.round((100 * reached) / required));
  });

  it('compares against a target position when one is given', async () => {
    const target = await aPosition(t.em(), 'KASUBBAG');
    const gap = (await t.gql(GAP, { input: { employeeId: employeeId(learner), positionId: target.id } }, learner.actor)).data!
      .competencyGap;
    expect(gap.position.code).toBe('KASUBBAG');
    expect(gap.items.find((i: { competency: { code: string } }) => i.competency.code === 'M.01')).toMatchObject({
      requiredLevel: 2,
      currentLevel: 3,
      gap: 0,
    });
    const bad = await t.gql(
      GAP,
      { input: { employeeId: employeeId(learner), positionId: '00000000-0000-4000-8000-000000000000' } },
      learner.actor,
    );
    expect(fieldErrors(bad)).toEqual([{ field: 'positionId', rule: 'NOT_FOUND' }]);
  });

  it.each([
    ['the learner themselves', () => learner, true],
    ['a colleague', () => colleague, false],
    ['a supervisor of their OPD', () => supervisor, true],
    ['the committee', () => committee, true],
    ['a trainer', () => trainer, false],
    ['an administrator', () => admin, true],
  ])('is readable by %s: %s', async (_, who, allowed) => {
    const result = await t.gql(GAP, { input: { employeeId: employeeId(learner) } }, who().actor);
    expect(errorCode(result)).toBe(allowed ? undefined : 'FORBIDDEN');
  });

  it('is not readable by a supervisor of another OPD', async () => {
    const result = await t.gql(GAP, { input: { employeeId: employeeId(outsider) } }, supervisor.actor);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('is refused when logged out, and NOT_FOUND for an unknown employee', async () => {
    expect(errorCode(await t.gql(GAP, { input: { employeeId: employeeId(learner) } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(GAP, { input: { employeeId: '00000000-0000-4000-8000-000000000000' } }, admin.actor))).toBe('NOT_FOUND');
  });
});

describe('recordCompetencyAssessment', () => {
  const input = (who: TestUser, method: string, extra: object = {}) => ({
    employeeId: employeeId(who),
    competencyId: m01.id,
    level: 2,
    method,
    ...extra,
  });

  it.each([
    ['a learner, SELF for themselves', () => learner, () => learner, 'SELF', true],
    ['a learner, SELF for a colleague', () => learner, () => colleague, 'SELF', false],
    ['a learner, SUPERVISOR for themselves', () => learner, () => learner, 'SUPERVISOR', false],
    ['a supervisor, SUPERVISOR in their OPD', () => supervisor, () => colleague, 'SUPERVISOR', true],
    ['a supervisor, SUPERVISOR in another OPD', () => supervisor, () => outsider, 'SUPERVISOR', false],
    ['a supervisor, ASSESSMENT_CENTER', () => supervisor, () => colleague, 'ASSESSMENT_CENTER', false],
    ['the committee (reads only)', () => committee, () => learner, 'SUPERVISOR', false],
    ['a trainer, TRAINER', () => trainer, () => learner, 'TRAINER', false],
    ['an admin, ASSESSMENT_CENTER', () => admin, () => learner, 'ASSESSMENT_CENTER', true],
    ['an admin, CERTIFICATE', () => admin, () => learner, 'CERTIFICATE', true],
  ])('%s: %s', async (_, actor, subject, method, allowed) => {
    const result = await t.gql(RECORD, { input: input(subject(), method as string) }, actor().actor);
    expect(errorCode(result)).toBe(allowed ? undefined : 'FORBIDDEN');
  });

  it('rejects bad input', async () => {
    const cases: [object, string, string][] = [
      [{ level: 6 }, 'level', 'max'],
      [{ level: 0 }, 'level', 'min'],
      [{ assessedOn: '2026-13-01' }, 'assessedOn', 'isDateString'],
      [{ assessedOn: '2999-01-01' }, 'assessedOn', 'FUTURE_DATE'],
      [{ assessedOn: '2026-01-10', validUntil: '2025-01-01' }, 'validUntil', 'BEFORE_ASSESSMENT'],
      [{ competencyId: '00000000-0000-4000-8000-000000000000' }, 'competencyId', 'NOT_FOUND'],
    ];
    for (const [change, field, rule] of cases) {
      const result = await t.gql(RECORD, { input: { ...input(learner, 'SELF'), ...change } }, learner.actor);
      expect({ change, errors: fieldErrors(result) }).toEqual({ change, errors: [{ field, rule }] });
    }
    expect(errorCode(await t.gql(RECORD, { input: input(learner, 'SELF') }))).toBe('UNAUTHENTICATED');
  });

  it('valid for three years by default, and keeps the whole history', async () => {
    const subject = await makeUser(t.em(), [Role.LEARNER]);
    const first = await t.gql(
      RECORD,
      { input: { ...input(subject, 'SELF'), level: 1, assessedOn: '2025-03-01', evidence: 'Catatan diri' } },
      subject.actor,
    );
    expect(first.data!.recordCompetencyAssessment).toMatchObject({ validUntil: '2028-03-01', assessorName: subject.user.displayName });
    await t.gql(RECORD, { input: { ...input(subject, 'SELF'), level: 4, assessedOn: '2026-03-01' } }, subject.actor);
    const history = (await t.gql(HISTORY, { employeeId: employeeId(subject), competencyId: m01.id }, subject.actor)).data!
      .competencyAssessments;
    expect(history.map((h: { level: number }) => h.level)).toEqual([4, 1]);
    expect(await t.em().count(CompetencyAssessment, { employee: employeeId(subject) })).toBe(2);
    const profile = (await t.gql(PROFILE, { employeeId: employeeId(subject) }, subject.actor)).data!.competencyProfile;
    expect(profile.items.find((i: { competency: { code: string } }) => i.competency.code === 'M.01')).toMatchObject({
      currentLevel: 4,
      assessmentCount: 2,
    });
  });
});

describe('competencyProfile and history access', () => {
  it('learners see their own, not others; committee sees all', async () => {
    expect(errorCode(await t.gql(PROFILE, { employeeId: employeeId(colleague) }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(HISTORY, { employeeId: employeeId(colleague) }, learner.actor))).toBe('FORBIDDEN');
    expect((await t.gql(PROFILE, { employeeId: employeeId(learner) }, committee.actor)).errors).toBeUndefined();
    expect(errorCode(await t.gql(PROFILE, { employeeId: employeeId(learner) }))).toBe('UNAUTHENTICATED');
  });

  it('answer NOT_FOUND for an unknown employee and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.gql(PROFILE, { employeeId: unknown }, admin.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(HISTORY, { employeeId: unknown }, admin.actor))).toBe('NOT_FOUND');
    expect(fieldErrors(await t.gql(PROFILE, { employeeId: 'pegawai-1' }, admin.actor))).toEqual([{ field: 'employeeId', rule: 'isUuid' }]);
    expect(fieldErrors(await t.gql(HISTORY, { employeeId: employeeId(learner), competencyId: 'M.01' }, learner.actor))).toEqual([
      { field: 'competencyId', rule: 'isUuid' },
    ]);
  });

  it('show the uploaded evidence file with its download address in the history and the gap', async () => {
    const subject = await makeUser(t.em(), [Role.LEARNER], {
      employee: await makeEmployee(t.em(), { position: await aPosition(t.em(), 'PENGOLAH-DATA') }),
    });
    const em = t.em();
    const file = em.create(
      StoredFile,
      {
        name: 'sertifikat-integritas.pdf',
        mimeType: 'application/pdf',
        size: 1234,
        storageKey: `test/${subject.user.id}`,
        sha256: '0'.repeat(64),
        uploadedBy: subject.user.id,
      },
      { partial: true },
    );
    await em.flush();
    const recorded = await t.gql(
      RECORD,
      { input: { employeeId: employeeId(subject), competencyId: m01.id, level: 2, method: 'SELF', evidenceFileId: file.id } },
      subject.actor,
    );
    expect(recorded.errors).toBeUndefined();
    const withFile = `query($employeeId: ID!, $competencyId: ID) {
      competencyAssessments(employeeId: $employeeId, competencyId: $competencyId) { level evidenceFile { name url } }
      competencyGap(input: { employeeId: $employeeId }) { items { competency { code } evidence { evidenceFile { name url } } } }
    }`;
    const data = (await t.gql(withFile, { employeeId: employeeId(subject), competencyId: m01.id }, supervisor.actor)).data!;
    const expected = { name: 'sertifikat-integritas.pdf', url: `/files/${file.id}` };
    expect(data.competencyAssessments).toEqual([{ level: 2, evidenceFile: expected }]);
    expect(
      data.competencyGap.items.find((i: { competency: { code: string } }) => i.competency.code === 'M.01').evidence.evidenceFile,
    ).toEqual(expected);
  });

  it('lists required competencies even without evidence', async () => {
    const profile = (await t.gql(PROFILE, { employeeId: employeeId(colleague) }, colleague.actor)).data!.competencyProfile;
    expect(profile.items.length).toBeGreaterThanOrEqual(10);
    expect(profile.items.every((i: { requiredLevel: number | null }) => i.requiredLevel !== null)).toBe(true);
  });
});

describe('setSupervisedOpds', () => {
  it('is admin only, for supervisors, with existing OPDs', async () => {
    const kominfo = await anOpd(t.em(), 'DISKOMINFO');
    const input = { userId: supervisor.user.id, opdIds: [kominfo.id] };
    expect(errorCode(await t.gql(SET_SUPERVISED, { input }, supervisor.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(SET_SUPERVISED, { input: { ...input, userId: learner.user.id } }, admin.actor))).toEqual([
      { field: 'userId', rule: 'NOT_SUPERVISOR' },
    ]);
    expect(
      fieldErrors(await t.gql(SET_SUPERVISED, { input: { ...input, opdIds: ['00000000-0000-4000-8000-000000000000'] } }, admin.actor)),
    ).toEqual([{ field: 'opdIds', rule: 'NOT_FOUND' }]);
    expect(
      errorCode(await t.gql(SET_SUPERVISED, { input: { ...input, userId: '00000000-0000-4000-8000-000000000000' } }, admin.actor)),
    ).toBe('NOT_FOUND');
    const stored = await t.em().findOneOrFail(User, supervisor.user.id, { populate: ['supervisedOpds'] });
    expect(stored.supervisedOpds.getItems().map((o) => o.code)).toEqual(['DISKOMINFO']);
  });
});
