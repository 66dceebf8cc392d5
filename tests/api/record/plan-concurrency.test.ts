import { Role } from '../../../api/src/common/role';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

const PROPOSE = `mutation Propose($input: ProposePlanInput!) { proposeDevelopmentPlan(input: $input) { id } }`;
const UPDATE = `mutation Update($input: UpdatePlanInput!) { updateDevelopmentPlan(input: $input) { id totalJp items { targetJp } } }`;
const SUBMIT = `mutation Submit($input: SubmitPlanInput!) { submitDevelopmentPlan(input: $input) { id status } }`;
const YEAR = new Date().getFullYear();

let t: TestApp;
let learner: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

describe('writes to one development plan go one at a time', () => {
  it('of 50 parallel proposals for one year, one makes the plan and the others hear CONFLICT', async () => {
    const input = { employeeId: learner.user.employee!.id, year: YEAR };
    const results = await Promise.all(Array.from({ length: 50 }, () => t.gql(PROPOSE, { input }, learner.actor)));
    expect(results.filter((r) => r.data?.proposeDevelopmentPlan).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(49);
    expect(await t.em().count(DevelopmentPlan, { employee: learner.user.employee!.id, year: YEAR })).toBe(1);
  });

  it('50 parallel edits each replace the list: the plan ends with one of them, not their sum, and can be submitted', async () => {
    const plan = await t.em().findOneOrFail(DevelopmentPlan, { employee: learner.user.employee!.id, year: YEAR });
    const edits = Array.from({ length: 50 }, (_, i) => ({
      planId: plan.id,
      items: [
        { formId: 23, targetJp: 10 + (i % 5) },
        { formId: 23, targetJp: 10 },
      ],
    }));
    const results = await Promise.all(edits.map((input) => t.gql(UPDATE, { input }, learner.actor)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const saved = await t.em().findOneOrFail(DevelopmentPlan, plan.id, { populate: ['items'] });
    expect(saved.items.length).toBe(2);
    expect(saved.items.getItems().reduce((sum, item) => sum + Number(item.targetJp), 0)).toBeLessThanOrEqual(24);
    const submitted = await t.gql(SUBMIT, { input: { planId: plan.id } }, learner.actor);
    expect(submitted.data?.submitDevelopmentPlan.status).toBe('SUBMITTED');
  });
});
