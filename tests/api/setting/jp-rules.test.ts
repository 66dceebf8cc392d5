import { Role } from '../../../api/src/common/role';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

const JP_RULES = `query JpRules { jpRules { minutesPerJp pnsYearlyTarget pppkYearlyMax } }`;
const UPDATE = `mutation UpdateSetting($input: UpdateSettingInput!) { updateSetting(input: $input) { key value } }`;

let t: TestApp;
let admin: TestUser;
let learner: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

// jpRules takes no input (no bad-input case) and every logged-in user may read it (no wrong role).
describe('jpRules', () => {
  it('is refused to visitors who are not logged in', async () => {
    expect(errorCode(await t.gql(JP_RULES))).toBe('UNAUTHENTICATED');
  });

  it('gives every logged-in user the JP rules in force, the configured values over the defaults', async () => {
    expect((await t.gql(JP_RULES, {}, learner.actor)).data!.jpRules).toEqual({ minutesPerJp: 45, pnsYearlyTarget: 20, pppkYearlyMax: 24 });
    await t.gql(UPDATE, { input: { key: 'jp.minutesPerJp', value: 50 } }, admin.actor);
    await t.gql(UPDATE, { input: { key: 'jp.pnsYearlyTarget', value: 22.5 } }, admin.actor);
    expect((await t.gql(JP_RULES, {}, learner.actor)).data!.jpRules).toEqual({
      minutesPerJp: 50,
      pnsYearlyTarget: 22.5,
      pppkYearlyMax: 24,
    });
  });
});
