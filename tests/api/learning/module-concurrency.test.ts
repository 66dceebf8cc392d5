import { Role } from '../../../api/src/common/role';
import { CourseModule } from '../../../api/src/modules/learning/course-module.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';
import { CREATE, moduleInput } from './support';

let t: TestApp;
let trainer: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
});
afterAll(() => t.close());

describe('a module code names one module, even under parallel requests', () => {
  it('of 50 parallel createCourseModule with one code, one makes the module and the others are refused', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => t.gql(CREATE, { input: moduleInput('SERENTAK-1') }, trainer.actor)));
    expect(results.filter((r) => r.data?.createCourseModule).length).toBe(1);
    // Refused by the check when the winner was already saved, by the unique index when not.
    const refusals = results.filter((r) => r.errors).map((r) => errorCode(r));
    expect(refusals).toHaveLength(49);
    expect(refusals.every((code) => code === 'CONFLICT' || code === 'BAD_USER_INPUT')).toBe(true);
    expect(await t.em().count(CourseModule, { code: 'SERENTAK-1' })).toBe(1);
  });
});
