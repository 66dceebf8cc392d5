import { Role } from '../../../api/src/common/role';
import { makeUser, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';

/**
 * Settings are read from the database once and kept in memory: a request that needs them in many
 * places reads them once, and a change is seen by the very next request.
 */
const UPDATE = `mutation UpdateSetting($input: UpdateSettingInput!) { updateSetting(input: $input) { key value } }`;
const ALIASES = 251;
const MANY_SUMMARIES = `query Many($input: JpSummaryInput!) { ${Array.from({ length: ALIASES }, (_, i) => `a${i}: jpSummary(input: $input) { targetJp }`).join(' ')} }`;
const JP_RULES = `query { jpRules { pnsYearlyTarget } }`;

let t: TestApp;
let admin: TestUser;
let learner: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

const readsSettings = (sql: string) => /\bfrom\s+"?setting"?/i.test(sql);

describe('settings in memory', () => {
  it(`a request of ${ALIASES} jpSummary aliases reads the settings at most once`, async () => {
    await t.gql(UPDATE, { input: { key: 'jp.pnsYearlyTarget', value: 21 } }, admin.actor);
    let result: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await t.statements(async () => {
      result = await t.gql(MANY_SUMMARIES, { input: { employeeId: learner.user.employee!.id, year: 2026 } }, learner.actor);
    });
    expect(result!.errors).toBeUndefined();
    expect(Object.values(result!.data!)).toHaveLength(ALIASES);
    expect(Object.values(result!.data!).every((s) => (s as { targetJp: number }).targetJp === 21)).toBe(true);
    expect(statements.filter(readsSettings).length).toBeLessThanOrEqual(1);
  });

  it('later requests use the settings in memory', async () => {
    await t.gql(JP_RULES, {}, learner.actor);
    const statements = await t.statements(() => t.gql(JP_RULES, {}, learner.actor));
    expect(statements.filter(readsSettings)).toEqual([]);
  });

  it('an update is visible to the very next request', async () => {
    expect((await t.gql(JP_RULES, {}, learner.actor)).data!.jpRules.pnsYearlyTarget).toBe(21);
    await t.gql(UPDATE, { input: { key: 'jp.pnsYearlyTarget', value: 22.5 } }, admin.actor);
    expect((await t.gql(JP_RULES, {}, learner.actor)).data!.jpRules.pnsYearlyTarget).toBe(22.5);
    const summary = await t.gql(
      `query($input: JpSummaryInput!) { jpSummary(input: $input) { targetJp } }`,
      {
        input: { employeeId: learner.user.employee!.id, year: 2026 },
      },
      learner.actor,
    );
    expect(summary.data!.jpSummary.targetJp).toBe(22.5);
  });
});
