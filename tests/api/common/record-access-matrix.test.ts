import type { Actor } from '../../../api/src/common/actor';
import { Role } from '../../../api/src/common/role';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { StoredFile } from '../../../api/src/modules/file/stored-file.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { anOpd, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, type GqlResult, setupTestApp, type TestApp } from '../../support/test-app';

/**
 * The own/other column of the authorization matrix. The role matrix
 * (`authorization-matrix.test.ts`) shows each role may call an operation at all; this table shows,
 * for the operations that read or change one employee's records, whose records: a learner their
 * own and no one else's (not a colleague of the same OPD, not someone of another OPD), a supervisor
 * the employees of the OPD they supervise and not those of another OPD. Every refusal here is a
 * record rule, so removing a guard turns a cell from a refusal into an answer and fails the test.
 */

/** Whose record a cell acts on, as seen from the actor. */
type Relation = 'own' | 'colleague' | 'supervised' | 'other';
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'NOT_FOUND';
const CELLS: [actor: 'learner' | 'supervisor', relation: Relation][] = [
  ['learner', 'own'],
  ['learner', 'colleague'],
  ['learner', 'other'],
  ['supervisor', 'supervised'],
  ['supervisor', 'other'],
];

/** What one employee holds, for the operations to act on. */
interface Subject {
  user: TestUser;
  employeeId: string;
  planId: string;
  claimId: string;
  certificateId: string;
}

interface Operation {
  name: string;
  /** The request, made for the subject by the actor. */
  request(subject: Subject, actor: 'learner' | 'supervisor'): Promise<{ query: string; variables: Record<string, unknown> }>;
  /** The outcome for each cell, in the order of CELLS. */
  expected: [Outcome, Outcome, Outcome, Outcome, Outcome];
}

const A = 'ALLOWED';
const F = 'FORBIDDEN';
const NF = 'NOT_FOUND';
const YEAR = 2026;

let t: TestApp;
let m01: Competency;
let seq = 0;
const subjects = {} as Record<Relation, Subject>;
const actors = {} as Record<'learner' | 'supervisor' | 'admin', Actor>;
const users = {} as Record<'learner' | 'supervisor', TestUser>;

async function evidenceFile(who: TestUser): Promise<string> {
  const em = t.em();
  const file = Object.assign(new StoredFile(), {
    name: 'sertifikat.pdf',
    mimeType: 'application/pdf',
    size: 10,
    storageKey: `test/matrix-${++seq}-${Date.now()}`,
    sha256: 'x',
    uploadedBy: em.getReference(User, who.user.id),
  });
  await em.persist(file).flush();
  return file.id;
}

async function claimInput(who: TestUser, employeeId?: string) {
  seq++;
  return {
    ...(employeeId ? { employeeId } : {}),
    formId: 9,
    title: `Seminar Nasional SPBE ${seq}`,
    organiser: 'Kementerian PANRB',
    startDate: '2026-02-02',
    endDate: '2026-02-03',
    funding: 'APBD',
    evidence: [{ fileId: await evidenceFile(who), kind: 'CERTIFICATE' }],
  };
}

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, actor: Actor): Promise<T> {
  const result = await t.gql(query, variables, actor);
  if (result.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

const PROPOSE_PLAN = `mutation ProposeDevelopmentPlan($input: ProposePlanInput!) { proposeDevelopmentPlan(input: $input) { id } }`;
const CREATE_CLAIM = `mutation CreateLearningClaim($input: LearningClaimInput!) { createLearningClaim(input: $input) { id } }`;
const APPROVE_CLAIM = `mutation ApproveLearningClaim($input: ApproveClaimInput!) { approveLearningClaim(input: $input) { id status } }`;
const ISSUE_CERTIFICATE = `mutation IssueClaimCertificate($input: IssueClaimCertificateInput!) { issueClaimCertificate(input: $input) { id } }`;
const PLAN_ITEMS = [{ formId: 9, targetJp: 8 }];

/** An employee with a draft plan, a claim waiting for a decision, and a certificate of an approved claim. */
async function subjectIn(opdCode: string, roles: Role[] = [Role.LEARNER]): Promise<Subject> {
  const user = await makeUser(t.em(), roles, { employee: await makeEmployee(t.em(), { opdCode }) });
  const employeeId = user.user.employee!.id;
  const plan = await ok<{ proposeDevelopmentPlan: { id: string } }>(PROPOSE_PLAN, { input: { employeeId, year: YEAR } }, user.actor);
  const claim = await ok<{ createLearningClaim: { id: string } }>(CREATE_CLAIM, { input: await claimInput(user) }, user.actor);
  const certified = await ok<{ createLearningClaim: { id: string } }>(CREATE_CLAIM, { input: await claimInput(user) }, user.actor);
  await ok(APPROVE_CLAIM, { input: { claimId: certified.createLearningClaim.id } }, actors.admin);
  const certificate = await ok<{ issueClaimCertificate: { id: string } }>(
    ISSUE_CERTIFICATE,
    { input: { claimId: certified.createLearningClaim.id } },
    actors.admin,
  );
  return {
    user,
    employeeId,
    planId: plan.proposeDevelopmentPlan.id,
    claimId: claim.createLearningClaim.id,
    certificateId: certificate.issueClaimCertificate.id,
  };
}

const read = (query: string, variables: (s: Subject) => Record<string, unknown>) => async (s: Subject) => ({
  query,
  variables: variables(s),
});

/** Reads that follow `organisationPolicy.readRecords`: self, a supervisor of the OPD, committee and administrators. */
const RECORDS: Operation['expected'] = [A, F, F, A, F];
/** The same rule for records found by their own id, where a record one may not read is answered as not there. */
const HIDDEN_RECORDS: Operation['expected'] = [A, NF, NF, A, NF];

const OPERATIONS: Operation[] = [
  {
    // The directory entry: a supervisor browses the directory, a learner sees only themselves.
    name: 'employee',
    request: read(`query Employee($id: ID!) { employee(id: $id) { id nip } }`, (s) => ({ id: s.employeeId })),
    expected: [A, F, F, A, A],
  },
  {
    name: 'jpSummary (the JP ledger of a year)',
    request: read(`query JpSummary($input: JpSummaryInput!) { jpSummary(input: $input) { approvedJp entries { title } } }`, (s) => ({
      input: { employeeId: s.employeeId, year: YEAR },
    })),
    expected: RECORDS,
  },
  {
    name: 'competencyProfile',
    request: read(
      `query CompetencyProfile($employeeId: ID!) { competencyProfile(employeeId: $employeeId) { items { currentLevel } } }`,
      (s) => ({
        employeeId: s.employeeId,
      }),
    ),
    expected: RECORDS,
  },
  {
    name: 'competencyAssessments',
    request: read(`query CompetencyAssessments($employeeId: ID!) { competencyAssessments(employeeId: $employeeId) { id level } }`, (s) => ({
      employeeId: s.employeeId,
    })),
    expected: RECORDS,
  },
  {
    name: 'competencyEvidenceProposals',
    request: read(
      `query CompetencyEvidenceProposals($employeeId: ID!) { competencyEvidenceProposals(employeeId: $employeeId) { id } }`,
      (s) => ({ employeeId: s.employeeId }),
    ),
    expected: RECORDS,
  },
  {
    name: 'developmentPlan',
    request: read(`query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { id status } }`, (s) => ({ id: s.planId })),
    expected: RECORDS,
  },
  {
    name: 'learningClaim',
    request: read(`query LearningClaim($id: ID!) { learningClaim(id: $id) { id status } }`, (s) => ({ id: s.claimId })),
    expected: HIDDEN_RECORDS,
  },
  {
    name: 'certificate',
    request: read(`query Certificate($id: ID!) { certificate(id: $id) { id number } }`, (s) => ({ id: s.certificateId })),
    expected: HIDDEN_RECORDS,
  },
  {
    // Only the employee edits their plan; a supervisor decides it once submitted.
    name: 'updateDevelopmentPlan',
    request: read(`mutation UpdateDevelopmentPlan($input: UpdatePlanInput!) { updateDevelopmentPlan(input: $input) { id } }`, (s) => ({
      input: { planId: s.planId, items: PLAN_ITEMS },
    })),
    expected: [A, F, F, F, F],
  },
  {
    // Learners assess themselves; a supervisor assesses the employees of the OPD they supervise.
    name: 'recordCompetencyAssessment',
    request: async (s, actor) => ({
      query: `mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`,
      variables: {
        input: { employeeId: s.employeeId, competencyId: m01.id, level: 2, method: actor === 'learner' ? 'SELF' : 'SUPERVISOR' },
      },
    }),
    expected: [A, F, F, A, F],
  },
  {
    // A learner claims learning for themselves only (administrators may claim on someone's behalf).
    name: 'createLearningClaim',
    request: async (s, actor) => ({
      query: CREATE_CLAIM,
      variables: { input: await claimInput(users[actor], s.employeeId) },
    }),
    expected: [A, F, F, F, F],
  },
  {
    // Last: the supervisor's approval decides the supervised employee's waiting claim. The learner
    // sees their own claim but may not decide it; the claims of others are not there for them.
    name: 'approveLearningClaim',
    request: read(APPROVE_CLAIM, (s) => ({ input: { claimId: s.claimId } })),
    expected: [F, NF, NF, A, NF],
  },
];

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  m01 = await em.findOneOrFail(Competency, { code: 'M.01' });
  actors.admin = (await makeUser(em, [Role.ADMIN], { withEmployee: false })).actor;
  // The supervisor's own employee record sits in another OPD than the one they supervise.
  const supervisor = await makeUser(em, [Role.SUPERVISOR], { employee: await makeEmployee(em, { opdCode: 'BKD' }) });
  await supervise(em, supervisor, [await anOpd(em, 'DISKOMINFO')]);
  actors.supervisor = supervisor.actor;
  users.supervisor = supervisor;
  subjects.own = await subjectIn('DISKOMINFO');
  actors.learner = subjects.own.user.actor;
  users.learner = subjects.own.user;
  // A colleague of the learner in the same OPD, whom the supervisor supervises.
  subjects.colleague = await subjectIn('DISKOMINFO');
  subjects.supervised = subjects.colleague;
  subjects.other = await subjectIn('DINKES');
}, 120_000);
afterAll(() => t.close());

function outcome(result: GqlResult): Outcome | string {
  if (!result.errors) return 'ALLOWED';
  return errorCode(result) ?? 'NO CODE';
}

describe('own and other records: a learner their own, a supervisor their supervised OPD', () => {
  it('every operation has a row for each cell, and each row refuses someone', () => {
    for (const op of OPERATIONS) {
      expect(op.expected).toHaveLength(CELLS.length);
      expect(op.expected.some((o) => o !== A)).toBe(true);
    }
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const seen: Record<string, Outcome | string> = {};
    const expected: Record<string, Outcome> = {};
    for (const [i, [actor, relation]] of CELLS.entries()) {
      const { query, variables } = await op.request(subjects[relation], actor);
      const cell = `${actor} × ${relation}`;
      seen[cell] = outcome(await t.gql(query, variables, actors[actor]));
      expected[cell] = op.expected[i];
    }
    expect(seen).toEqual(expected);
  });
});
