import { Role } from '../../../api/src/common/role';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const SETTINGS = `query Settings { settings { key value defaultValue min max integer description } }`;
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

describe('settings', () => {
  it('lists the configurable figures with their defaults', async () => {
    expect(errorCode(await t.gql(SETTINGS))).toBe('UNAUTHENTICATED');
    const result = await t.gql(SETTINGS, {}, learner.actor);
    const byKey = Object.fromEntries(result.data!.settings.map((s: { key: string; value: number }) => [s.key, s.value]));
    expect(byKey).toMatchObject({ 'jp.minutesPerJp': 45, 'jp.pnsYearlyTarget': 20, 'jp.pppkYearlyMax': 24, 'competency.validityYears': 3 });
    // Whole-number settings say so, so that pages show "3 tahun" rather than "3,0 tahun".
    const integer = Object.fromEntries(result.data!.settings.map((s: { key: string; integer: boolean }) => [s.key, s.integer]));
    expect(integer).toMatchObject({ 'jp.minutesPerJp': true, 'competency.validityYears': true, 'jp.pnsYearlyTarget': false });
  });

  it('updateSetting is admin only, checks the key and the bounds, and stores the value', async () => {
    const input = { key: 'competency.validityYears', value: 2 };
    expect(errorCode(await t.gql(UPDATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE, { input }, learner.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(UPDATE, { input: { key: 'tidak.ada', value: 1 } }, admin.actor))).toEqual([
      { field: 'key', rule: 'UNKNOWN_SETTING' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE, { input: { ...input, value: 11 } }, admin.actor))).toEqual([
      { field: 'value', rule: 'OUT_OF_RANGE' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE, { input: { ...input, value: 2.5 } }, admin.actor))).toEqual([
      { field: 'value', rule: 'WHOLE_NUMBER' },
    ]);
    const target = { key: 'jp.pnsYearlyTarget', value: 20.05 };
    expect(fieldErrors(await t.gql(UPDATE, { input: target }, admin.actor))).toEqual([{ field: 'value', rule: 'JP_ONE_DECIMAL' }]);
    expect((await t.gql(UPDATE, { input }, admin.actor)).data!.updateSetting).toEqual(input);
    const again = await t.gql(UPDATE, { input: { ...input, value: 4 } }, admin.actor);
    expect(again.data!.updateSetting.value).toBe(4);
    const listed = await t.gql(SETTINGS, {}, learner.actor);
    expect(listed.data!.settings.find((s: { key: string }) => s.key === input.key)).toMatchObject({ value: 4, defaultValue: 3 });
  });
});
