import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { Role } from '../../../api/src/common/role';
import { StoredFile } from '../../../api/src/modules/file/stored-file.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { anOpd, makeEmployee, makeUser, supervise, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

const STEP = `code jp minutes minutesPerJp value days sessions fit month cap held full percent text`;
const CLAIM_FIELDS = `id status title organiser startDate endDate attendedDates hours sessionsPerMonth { month sessions } international funding
  jp creditSteps { ${STEP} } recordStatus approvedJp decisionReason submittedByName decidedByName onBehalf
  form { id } employee { id } evidence { kind file { id name url } } viewerCan { edit decide }`;
const PREVIEW = `query LearningClaimPreview($input: LearningClaimInput!, $claimId: ID) {
  learningClaimPreview(input: $input, claimId: $claimId) { jp sessions steps { ${STEP} } approverSetsJp requiresReport days { date jp sessions } }
}`;
/** A step as the API answers it: every parameter the step does not have is null. */
const NO_PARAMS = Object.fromEntries(STEP.split(' ').map((f) => [f, null]));
const CREATE = `mutation CreateLearningClaim($input: LearningClaimInput!) { createLearningClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const UPDATE = `mutation UpdateLearningClaim($input: UpdateLearningClaimInput!) { updateLearningClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const APPROVE = `mutation ApproveLearningClaim($input: ApproveClaimInput!) { approveLearningClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const REJECT = `mutation RejectLearningClaim($input: ClaimDecisionInput!) { rejectLearningClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const RETURN = `mutation ReturnLearningClaim($input: ClaimDecisionInput!) { returnLearningClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const CLAIM = `query LearningClaim($id: ID!) { learningClaim(id: $id) { ${CLAIM_FIELDS} } }`;
/** A page of claims asks for each step's code only: fifty claims of every parameter would exceed the query's cost limit. */
const LIST_FIELDS = CLAIM_FIELDS.replace(`creditSteps { ${STEP} }`, 'creditSteps { code }');
const CLAIMS = `query LearningClaims($filter: ClaimFilter, $page: PageInput) { learningClaims(filter: $filter, page: $page) { total items { ${LIST_FIELDS} } } }`;
const SUMMARY = `query JpSummary($input: JpSummaryInput!) { jpSummary(input: $input) { approvedJp pendingJp entries { title jp status } } }`;

let t: TestApp;
let learner: TestUser;
let colleague: TestUser;
let supervisor: TestUser;
let otherSupervisor: TestUser;
let committee: TestUser;
let trainer: TestUser;
let admin: TestUser;
let seq = 0;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  learner = await makeUser(em, [Role.LEARNER]);
  colleague = await makeUser(em, [Role.LEARNER]);
  supervisor = await makeUser(em, [Role.SUPERVISOR], { employee: await makeEmployee(em, { opdCode: 'DISKOMINFO' }) });
  otherSupervisor = await makeUser(em, [Role.SUPERVISOR]);
  committee = await makeUser(em, [Role.COMMITTEE]);
  trainer = await makeUser(em, [Role.TRAINER]);
  admin = await makeUser(em, [Role.ADMIN], { withEmployee: false });
  await supervise(em, supervisor, [await anOpd(em, 'DISKOMINFO')]);
  await supervise(em, otherSupervisor, [await anOpd(em, 'DINKES')]);
});
afterAll(() => t.close());

const employeeId = (u: TestUser) => u.user.employee!.id;

/** An evidence file in the file table, uploaded by `who` (the bytes are not needed here). */
async function evidenceFile(who: TestUser, name = 'sertifikat.pdf'): Promise<string> {
  const em = t.em();
  const file = Object.assign(new StoredFile(), {
    name,
    mimeType: 'application/pdf',
    size: 10,
    storageKey: `test/${++seq}-${Date.now()}`,
    sha256: 'x',
    uploadedBy: em.getReference(User, who.user.id),
  });
  await em.persist(file).flush();
  return file.id;
}

async function claimInput(who: TestUser, change: Record<string, unknown> = {}) {
  seq++;
  return {
    formId: 9,
    title: `Seminar Nasional SPBE ${seq}`,
    organiser: 'Kementerian PANRB',
    startDate: '2026-02-02',
    endDate: '2026-02-03',
    funding: 'APBD',
    evidence: [{ fileId: await evidenceFile(who), kind: 'CERTIFICATE' }],
    ...change,
  };
}

async function created(who: TestUser, change: Record<string, unknown> = {}) {
  const result = await t.gql(CREATE, { input: await claimInput(who, change) }, who.actor);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createLearningClaim;
}

describe('claim preview equals the JP credited, for every credit mode', () => {
  // Each case on a fresh employee, so no earlier record shares a cap.
  const cases: [string, Record<string, unknown>, number][] = [
    ['curriculum: 24 hours of a technical training = 32 JP', { formId: 3, hours: 24, startDate: '2026-02-02', endDate: '2026-02-05' }, 32],
    ['curriculum, never rounded up: 14.95 hours = 19.9 JP, not 20', { formId: 3, hours: 14.95 }, 19.9],
    [
      'per day from the span: a workshop 2–6 Feb = 5 working days × 5 JP',
      { formId: 4, startDate: '2026-02-02', endDate: '2026-02-06' },
      25,
    ],
    [
      'per day, a holiday left out: a seminar 16–18 Feb (Imlek, cuti bersama) = 1 day × 4 JP',
      { formId: 9, startDate: '2026-02-16', endDate: '2026-02-18' },
      4,
    ],
    [
      'per day from the dates attended: 2 of 5 days × 4 JP',
      { formId: 9, startDate: '2026-02-02', endDate: '2026-02-06', attendedDates: ['2026-02-02', '2026-02-04'] },
      8,
    ],
    [
      'per session, each month capped: coaching Sep–Nov, 3 + 1 + 2 sessions = (2 + 1 + 2) × 2 JP',
      {
        formId: 14,
        startDate: '2026-09-01',
        endDate: '2026-11-30',
        sessionsPerMonth: [
          { month: '2026-09', sessions: 3 },
          { month: '2026-10', sessions: 1 },
          { month: '2026-11', sessions: 2 },
        ],
      },
      10,
    ],
    ['per activity: a secondment = 20 JP', { formId: 18, startDate: '2026-02-02', endDate: '2026-04-30' }, 20],
    ['per activity: benchmarking = 10 JP', { formId: 20 }, 10],
    [
      'actual, daily cap: e-learning 10 hours on 2 days = 2 × 3 JP',
      { formId: 16, hours: 10, startDate: '2026-02-02', endDate: '2026-02-03' },
      6,
    ],
    [
      'actual with a report: self-study 3 hours on 1 day = 2 JP (cap)',
      { formId: 22, hours: 3, startDate: '2026-02-02', endDate: '2026-02-02' },
      2,
    ],
    ['international: a seminar abroad, 2 days × 4 JP + 20 %', { formId: 9, international: true }, 9.6],
    ['as approved: 3 hours = 4 JP proposed', { formId: 25, hours: 3, startDate: '2026-02-02', endDate: '2026-02-02' }, 4],
  ];

  it.each(cases)('%s', async (_name, change, jp) => {
    const who = await makeUser(t.em(), [Role.LEARNER]);
    const input = await claimInput(who, change);
    if (change.formId === 22) input.evidence.push({ fileId: await evidenceFile(who, 'laporan.pdf'), kind: 'REPORT' });
    const preview = await t.gql(PREVIEW, { input }, who.actor);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.learningClaimPreview.jp).toBe(jp);
    const claim = await t.gql(CREATE, { input }, who.actor);
    expect(claim.errors).toBeUndefined();
    expect(claim.data!.createLearningClaim).toMatchObject({
      status: 'SUBMITTED',
      jp,
      recordStatus: 'PENDING',
      creditSteps: preview.data!.learningClaimPreview.steps,
    });
  });

  it('explains the rule and tells the form of the credit: approver sets JP, report required', async () => {
    const preview = (
      await t.gql(
        PREVIEW,
        { input: await claimInput(learner, { formId: 22, hours: 1, startDate: '2026-02-02', endDate: '2026-02-02' }) },
        learner.actor,
      )
    ).data!.learningClaimPreview;
    expect(preview).toMatchObject({ requiresReport: true, approverSetsJp: false, jp: 1.3 });
    expect(preview.steps).toEqual([{ code: 'MINUTES', minutes: 60, minutesPerJp: 45 }].map((s) => ({ ...NO_PARAMS, ...s })));
    const other = (await t.gql(PREVIEW, { input: await claimInput(learner, { formId: 25, hours: 1 }) }, learner.actor)).data!
      .learningClaimPreview;
    expect(other.approverSetsJp).toBe(true);
  });
});

describe('claims: who and what', () => {
  it('is refused when logged out', async () => {
    const input = await claimInput(learner);
    expect(errorCode(await t.gql(PREVIEW, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CLAIMS, {}))).toBe('UNAUTHENTICATED');
  });

  it('an employee claims only for themselves; an administrator on behalf of anyone', async () => {
    for (const who of [colleague, supervisor, committee, trainer]) {
      expect(errorCode(await t.gql(CREATE, { input: await claimInput(who, { employeeId: employeeId(learner) }) }, who.actor))).toBe(
        'FORBIDDEN',
      );
    }
    const onBehalf = await t.gql(
      CREATE,
      { input: { ...(await claimInput(admin, { employeeId: employeeId(learner) })), evidence: [] } },
      admin.actor,
    );
    expect(onBehalf.errors).toBeUndefined();
    expect(onBehalf.data!.createLearningClaim).toMatchObject({
      employee: { id: employeeId(learner) },
      onBehalf: true,
      status: 'SUBMITTED',
      viewerCan: { edit: true, decide: true },
    });
    const claimId = onBehalf.data!.createLearningClaim.id;
    expect(await t.em().find(AuditEntry, { subjectId: claimId })).toEqual([
      expect.objectContaining({ action: 'record.claim.recordOnBehalf', actorUserId: admin.user.id, employeeId: employeeId(learner) }),
    ]);
    expect((await t.gql(APPROVE, { input: { claimId } }, admin.actor)).data!.approveLearningClaim.status).toBe('APPROVED');
    expect((await t.em().find(AuditEntry, { subjectId: claimId }, { orderBy: { at: 'asc' } })).map((e) => e.action)).toEqual([
      'record.claim.recordOnBehalf',
      'record.claim.approve',
    ]);
    // An administrator without an employee must name one.
    expect(fieldErrors(await t.gql(CREATE, { input: await claimInput(admin) }, admin.actor))).toEqual([
      { field: 'employeeId', rule: 'REQUIRED' },
    ]);
  });

  it('refuses bad input with field errors', async () => {
    const bad = async (change: Record<string, unknown>) =>
      fieldErrors(await t.gql(CREATE, { input: await claimInput(learner, change) }, learner.actor));
    expect(await bad({ title: '  ' })).toEqual([{ field: 'title', rule: 'REQUIRED' }]);
    expect(await bad({ startDate: '2026-02-30' })).toEqual([{ field: 'startDate', rule: 'DATE' }]);
    expect(await bad({ endDate: '2026-02-01' })).toEqual([{ field: 'endDate', rule: 'BEFORE_START' }]);
    expect(await bad({ endDate: '2099-01-01' })).toEqual([{ field: 'endDate', rule: 'FUTURE' }]);
    expect(await bad({ formId: 99 })).toEqual([{ field: 'formId', rule: 'NOT_FOUND' }]);
    expect(await bad({ formId: 3 })).toEqual([{ field: 'hours', rule: 'REQUIRED' }]);
    expect(await bad({ formId: 14 })).toEqual([{ field: 'sessionsPerMonth', rule: 'REQUIRED' }]);
    expect(await bad({ formId: 14, sessionsPerMonth: [{ month: '2026-05', sessions: 1 }] })).toEqual([
      { field: 'sessionsPerMonth', rule: 'OUTSIDE_SPAN' },
    ]);
    expect(await bad({ attendedDates: ['2026-02-09'] })).toEqual([{ field: 'attendedDates', rule: 'OUTSIDE_SPAN' }]);
    expect(await bad({ evidence: [] })).toEqual([{ field: 'evidence', rule: 'REQUIRED' }]);
    expect(await bad({ formId: 22, hours: 2 })).toEqual([{ field: 'evidence', rule: 'REPORT_REQUIRED' }]);
    expect(await bad({ evidence: [{ fileId: await evidenceFile(colleague), kind: 'CERTIFICATE' }] })).toEqual([
      { field: 'evidence', rule: 'NOT_YOURS' },
    ]);
  });

  it('refuses the same learning claimed twice', async () => {
    const input = await claimInput(learner);
    expect((await t.gql(CREATE, { input }, learner.actor)).errors).toBeUndefined();
    expect(errorCode(await t.gql(CREATE, { input: { ...input, title: input.title.toUpperCase() } }, learner.actor))).toBe('CONFLICT');
  });
});

describe('approval workflow', () => {
  it('pending JP show as pending in jpSummary, and count once approved', async () => {
    const who = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
    const claim = await created(who); // 2 days × 4 JP
    const summary = async () => (await t.gql(SUMMARY, { input: { employeeId: employeeId(who), year: 2026 } }, who.actor)).data!.jpSummary;
    expect(await summary()).toMatchObject({ approvedJp: 0, pendingJp: 8 });
    const approved = await t.gql(APPROVE, { input: { claimId: claim.id } }, supervisor.actor);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveLearningClaim).toMatchObject({
      status: 'APPROVED',
      recordStatus: 'APPROVED',
      jp: 8,
      decidedByName: supervisor.user.displayName,
      viewerCan: { edit: false, decide: false },
    });
    expect(await summary()).toMatchObject({ approvedJp: 8, pendingJp: 0 });
    // Decided once: a second decision is a conflict.
    expect(errorCode(await t.gql(REJECT, { input: { claimId: claim.id, reason: 'Terlambat' } }, supervisor.actor))).toBe('CONFLICT');
  });

  it('decides by a table of roles: the supervisor of the OPD and admins; never the employee', async () => {
    const claim = await created(learner); // learner is in DISKOMINFO
    const table: [TestUser, string | undefined][] = [
      [learner, 'FORBIDDEN'],
      [colleague, 'NOT_FOUND'],
      [trainer, 'NOT_FOUND'],
      [otherSupervisor, 'NOT_FOUND'],
      [committee, 'FORBIDDEN'],
    ];
    for (const [who, code] of table) {
      expect([who.user.username, errorCode(await t.gql(APPROVE, { input: { claimId: claim.id } }, who.actor))]).toEqual([
        who.user.username,
        code,
      ]);
      expect(errorCode(await t.gql(RETURN, { input: { claimId: claim.id, reason: 'x' } }, who.actor))).toBe(code);
    }
    expect((await t.gql(CLAIM, { id: claim.id }, committee.actor)).data!.learningClaim.viewerCan).toEqual({ edit: false, decide: false });
    expect((await t.gql(CLAIM, { id: claim.id }, supervisor.actor)).data!.learningClaim.viewerCan).toEqual({ edit: false, decide: true });
    expect((await t.gql(APPROVE, { input: { claimId: claim.id } }, admin.actor)).data!.approveLearningClaim.status).toBe('APPROVED');
  });

  it('a supervisor never decides their own claim', async () => {
    const claim = await created(supervisor);
    expect(errorCode(await t.gql(APPROVE, { input: { claimId: claim.id } }, supervisor.actor))).toBe('FORBIDDEN');
    const queue = (await t.gql(CLAIMS, { filter: { toDecide: true } }, supervisor.actor)).data!.learningClaims.items;
    expect(queue.map((c: { id: string }) => c.id)).not.toContain(claim.id);
  });

  it('rejects with a reason: the JP never count and free the day caps', async () => {
    const who = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
    const claim = await created(who, { formId: 16, hours: 3, startDate: '2026-02-02', endDate: '2026-02-02' });
    expect(fieldErrors(await t.gql(REJECT, { input: { claimId: claim.id, reason: ' ' } }, supervisor.actor))).toEqual([
      { field: 'reason', rule: 'REQUIRED' },
    ]);
    const rejected = (await t.gql(REJECT, { input: { claimId: claim.id, reason: 'Sertifikat tidak terbaca' } }, supervisor.actor)).data!
      .rejectLearningClaim;
    expect(rejected).toMatchObject({ status: 'REJECTED', recordStatus: 'REJECTED', decisionReason: 'Sertifikat tidak terbaca' });
    const summary = (await t.gql(SUMMARY, { input: { employeeId: employeeId(who), year: 2026 } }, who.actor)).data!.jpSummary;
    expect(summary).toMatchObject({ approvedJp: 0, pendingJp: 0 });
    const again = (
      await t.gql(
        PREVIEW,
        { input: await claimInput(who, { formId: 16, hours: 3, startDate: '2026-02-02', endDate: '2026-02-02' }) },
        who.actor,
      )
    ).data!.learningClaimPreview;
    expect(again.jp).toBe(3);
  });

  it('returns for revision: the pending JP go, the employee changes the claim and sends it again', async () => {
    const who = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
    const claim = await created(who);
    const returned = (await t.gql(RETURN, { input: { claimId: claim.id, reason: 'Lampirkan daftar hadir' } }, supervisor.actor)).data!
      .returnLearningClaim;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      jp: null,
      decisionReason: 'Lampirkan daftar hadir',
      viewerCan: { edit: false, decide: false },
    });
    expect((await t.gql(SUMMARY, { input: { employeeId: employeeId(who), year: 2026 } }, who.actor)).data!.jpSummary.pendingJp).toBe(0);
    const input = { ...(await claimInput(who)), title: claim.title, claimId: claim.id, attendedDates: ['2026-02-02'] };
    input.evidence.push({ fileId: await evidenceFile(who, 'daftar-hadir.pdf'), kind: 'OTHER' });
    expect(errorCode(await t.gql(UPDATE, { input }, supervisor.actor))).toBe('FORBIDDEN');
    const resent = await t.gql(UPDATE, { input }, who.actor);
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.updateLearningClaim).toMatchObject({
      status: 'SUBMITTED',
      jp: 4,
      recordStatus: 'PENDING',
      decisionReason: null,
      attendedDates: ['2026-02-02'],
    });
    expect(resent.data!.updateLearningClaim.evidence).toHaveLength(2);
  });

  it('changing a waiting claim previews without its own pending JP', async () => {
    const who = await makeUser(t.em(), [Role.LEARNER]);
    const claim = await created(who, { formId: 16, hours: 3, startDate: '2026-02-02', endDate: '2026-02-02' });
    const input = await claimInput(who, { formId: 16, hours: 2, startDate: '2026-02-02', endDate: '2026-02-02' });
    expect((await t.gql(PREVIEW, { input }, who.actor)).data!.learningClaimPreview.jp).toBe(0); // the day is full
    expect((await t.gql(PREVIEW, { input, claimId: claim.id }, who.actor)).data!.learningClaimPreview.jp).toBe(2.6);
  });

  it('a form credited as approved takes the approver’s JP; other forms refuse it', async () => {
    const who = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
    const seminar = await created(who);
    expect(fieldErrors(await t.gql(APPROVE, { input: { claimId: seminar.id, jp: 10 } }, supervisor.actor))).toEqual([
      { field: 'jp', rule: 'COMPUTED' },
    ]);
    const other = await created(who, { formId: 25, hours: 6, startDate: '2026-02-02', endDate: '2026-02-02' });
    expect(other.jp).toBe(8);
    expect(fieldErrors(await t.gql(APPROVE, { input: { claimId: other.id, jp: 5.25 } }, supervisor.actor))).toEqual([
      { field: 'jp', rule: 'JP_ONE_DECIMAL' },
    ]);
    const approved = (await t.gql(APPROVE, { input: { claimId: other.id, jp: 5.5 } }, supervisor.actor)).data!.approveLearningClaim;
    expect(approved).toMatchObject({ jp: 5.5, approvedJp: 5.5, status: 'APPROVED' });
    expect((await t.gql(SUMMARY, { input: { employeeId: employeeId(who), year: 2026 } }, who.actor)).data!.jpSummary).toMatchObject({
      pendingJp: 8,
      approvedJp: 5.5,
    });
  });
});

describe('claim lists and the approval queue', () => {
  it('the queue shows a supervisor the waiting claims of their OPDs, oldest first, with the evidence inline', async () => {
    const who = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
    const claim = await created(who);
    const queue = (await t.gql(CLAIMS, { filter: { toDecide: true }, page: { offset: 0, limit: 50 } }, supervisor.actor)).data!
      .learningClaims;
    const row = queue.items.find((c: { id: string }) => c.id === claim.id);
    expect(row.evidence).toEqual([
      { kind: 'CERTIFICATE', file: expect.objectContaining({ name: 'sertifikat.pdf', url: expect.stringMatching(/^\/files\//) }) },
    ]);
    expect(queue.items.every((c: { status: string }) => c.status === 'SUBMITTED')).toBe(true);
    expect(
      (await t.gql(CLAIMS, { filter: { toDecide: true } }, otherSupervisor.actor)).data!.learningClaims.items.map(
        (c: { id: string }) => c.id,
      ),
    ).not.toContain(claim.id);
    expect((await t.gql(CLAIMS, { filter: { toDecide: true } }, learner.actor)).data!.learningClaims.total).toBe(0);
    expect(
      (await t.gql(CLAIMS, { filter: { toDecide: true }, page: { offset: 0, limit: 50 } }, admin.actor)).data!.learningClaims.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toContain(claim.id);
  });

  it('an employee sees only their own claims; a stranger cannot open one', async () => {
    const claim = await created(learner);
    const mine = (await t.gql(CLAIMS, {}, colleague.actor)).data!.learningClaims.items;
    expect(mine.map((c: { id: string }) => c.id)).not.toContain(claim.id);
    expect(errorCode(await t.gql(CLAIM, { id: claim.id }, colleague.actor))).toBe('NOT_FOUND');
    expect(
      (await t.gql(CLAIMS, { filter: { employeeId: employeeId(learner) } }, learner.actor)).data!.learningClaims.total,
    ).toBeGreaterThan(0);
  });

  it('loads a page of claims with a fixed number of statements', async () => {
    const few = await t.countQueries(() => t.gql(CLAIMS, { filter: { toDecide: true }, page: { offset: 0, limit: 1 } }, admin.actor));
    const many = await t.countQueries(() => t.gql(CLAIMS, { filter: { toDecide: true }, page: { offset: 0, limit: 50 } }, admin.actor));
    expect(many).toBe(few);
  });
});

describe('evidence files', () => {
  it('are served to the employee’s supervisor, not to other employees', async () => {
    const base = await t.http();
    const login = async (u: TestUser) =>
      (
        await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
          input: { username: u.user.username, password: TEST_PASSWORD },
        })
      ).body.data!.login.token as string;
    const auth = async (u: TestUser) => ({ authorization: `Bearer ${await login(u)}` });
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 sertifikat']), 'sertifikat seminar.pdf');
    const uploaded = (await (await fetch(`${base}/files`, { method: 'POST', body: form, headers: await auth(learner) })).json()) as {
      id: string;
      url: string;
    };
    await created(learner, { evidence: [{ fileId: uploaded.id, kind: 'CERTIFICATE' }] });
    expect((await fetch(`${base}${uploaded.url}`, { headers: await auth(supervisor) })).status).toBe(200);
    expect((await fetch(`${base}${uploaded.url}`, { headers: await auth(colleague) })).status).toBe(404);
    expect((await fetch(`${base}${uploaded.url}`, { headers: await auth(otherSupervisor) })).status).toBe(404);
  });
});
