import { Role } from '../../../api/src/common/role';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { anOpd, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

const GAP = `query CompetencyGap($input: CompetencyGapInput!) { competencyGap(input: $input) { viewerCan { assess } } }`;
const RECORD = `mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) { recordCompetencyAssessment(input: $input) { method } }`;
const METHODS = ['SELF', 'SUPERVISOR', 'ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER'];

let t: TestApp;
let learner: TestUser; // DISKOMINFO
let supervisor: TestUser; // supervises DISKOMINFO
let adminSupervisingElsewhere: TestUser; // administrator who supervises DINKES
let committee: TestUser;
let competencyId: string;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  learner = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { opdCode: 'DISKOMINFO' }) });
  supervisor = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER]);
  adminSupervisingElsewhere = await makeUser(em, [Role.ADMIN, Role.SUPERVISOR]);
  committee = await makeUser(em, [Role.COMMITTEE]);
  await supervise(em, supervisor, [await anOpd(em, 'DISKOMINFO')]);
  await supervise(em, adminSupervisingElsewhere, [await anOpd(em, 'DINKES')]);
  competencyId = (await em.findOneOrFail(Competency, { code: 'M.01' })).id;
});
afterAll(() => t.close());

describe("the competency gap's viewerCan.assess", () => {
  it.each([
    ['the employee', () => learner, ['SELF']],
    ['a supervisor of their OPD', () => supervisor, ['SUPERVISOR']],
    ['an administrator who supervises another OPD', () => adminSupervisingElsewhere, ['ASSESSMENT_CENTER', 'CERTIFICATE', 'TRAINER']],
    ['the committee, who reads but does not assess', () => committee, []],
  ])('lists for %s exactly the methods the server accepts from them', async (_who, user, methods) => {
    const employeeId = learner.user.employee!.id;
    const gap = await t.gql(GAP, { input: { employeeId } }, user().actor);
    expect(gap.data!.competencyGap.viewerCan.assess).toEqual(methods);
    for (const method of METHODS) {
      const recorded = await t.gql(RECORD, { input: { employeeId, competencyId, level: 2, method } }, user().actor);
      if (methods.includes(method)) expect(recorded.data!.recordCompetencyAssessment.method).toBe(method);
      else expect(errorCode(recorded)).toBe('FORBIDDEN');
    }
  });

  it("a supervisor's own profile offers only the self-assessment", async () => {
    const own = await makeUser(t.em(), [Role.SUPERVISOR], { employee: await makeEmployee(t.em(), { opdCode: 'DISKOMINFO' }) });
    await supervise(t.em(), own, [await anOpd(t.em(), 'DISKOMINFO')]);
    const gap = await t.gql(GAP, { input: { employeeId: own.user.employee!.id } }, own.actor);
    expect(gap.data!.competencyGap.viewerCan.assess).toEqual(['SELF']);
  });
});
