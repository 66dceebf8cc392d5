import { Role } from '../../../api/src/modules/identity/role';
import { usersByRole, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { competency } from './support';

const LIST = `query { savedSearches { id name filterJson } }`;
const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name filterJson } }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) }`;

let t: TestApp;
let users: Record<Role, TestUser>;
let m01: string;
beforeAll(async () => {
  t = await setupTestApp();
  users = await usersByRole(t.em());
  m01 = (await competency(t.em(), 'M.01')).id;
});
afterAll(() => t.close());

const save = (user: TestUser, name: string, filter: Record<string, unknown>) => t.gql(SAVE, { input: { name, filter } }, user.actor);
const names = async (user: TestUser) => (await t.gql(LIST, {}, user.actor)).data!.savedSearches.map((s: { name: string }) => s.name);

describe('saved searches', () => {
  it("keep a member's conditions under a name, private to them; the same name replaces", async () => {
    const filter = { competencies: [{ competencyId: m01, minLevel: 3 }], evidenceWithinMonths: 24 };
    const saved = (await save(users.COMMITTEE, 'Integritas tinggi', filter)).data!.saveSearch;
    expect(JSON.parse(saved.filterJson)).toEqual(filter);
    await save(users.COMMITTEE, 'Analis data', { ranks: ['III/c'] });
    await save(users.COMMITTEE, 'integritas tinggi', { ...filter, evidenceWithinMonths: 12 });
    expect(await names(users.COMMITTEE)).toEqual(['Analis data', 'integritas tinggi']);
    expect(await names(users.ADMIN)).toEqual([]);
    expect(errorCode(await t.gql(DELETE, { id: saved.id }, users.ADMIN.actor))).toBe('FORBIDDEN');
    expect((await t.gql(DELETE, { id: saved.id }, users.COMMITTEE.actor)).data!.deleteSavedSearch).toBe(true);
    expect(await names(users.COMMITTEE)).toEqual(['Analis data']);
    expect(errorCode(await t.gql(DELETE, { id: saved.id }, users.COMMITTEE.actor))).toBe('NOT_FOUND');
  });

  it('need a name and valid conditions, and are not for learners, trainers or supervisors', async () => {
    expect(fieldErrors(await save(users.COMMITTEE, ' ', {}))).toEqual([{ field: 'name', rule: 'REQUIRED' }]);
    expect(fieldErrors(await save(users.COMMITTEE, 'Salah', { competencies: [{ competencyId: m01, minLevel: 0 }] }))).toEqual([
      { field: 'filter.competencies.0.minLevel', rule: 'min' },
    ]);
    expect(errorCode(await t.gql(LIST))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR]) {
      expect(errorCode(await t.gql(LIST, {}, users[role].actor))).toBe('FORBIDDEN');
      expect(errorCode(await save(users[role], 'X', {}))).toBe('FORBIDDEN');
    }
  });
});
