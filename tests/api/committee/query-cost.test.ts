import { Role } from '../../../api/src/modules/identity/role';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { withoutHeldReads } from '../../support/held-reads';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';
import { assess, AssessmentMethod, ago, competency, learned, thisYear } from './support';

// An app and 120 employees with evidence on a busy 2-core machine take more than half a minute.
jest.setTimeout(180_000);

/** The selection the client's search page asks for (client/src/modules/committee/graphql/committee.ts). */
const CLIENT_SEARCH = `query($input: TalentSearchInput!, $page: PageInput) {
  talentSearch(input: $input, page: $page) {
    total offset limit
    items {
      employee { id nip name employeeType rank opd { id name } position { id name } }
      competencies { competency { id code name } level method assessedOn }
      jpByYear { year jp targetJp reached }
    }
  }
}`;

let t: TestApp;
let committee: TestUser;
const input = () => ({ purpose: 'Pemetaan talenta 2027', search: 'Biaya Kueri', jp: { fromYear: thisYear, toYear: thisYear, minJp: 1 } });

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  committee = await makeUser(em, [Role.COMMITTEE]);
  const m01 = await competency(em, 'M.01');
  for (let i = 0; i < 120; i++) {
    const e = await makeEmployee(em, { name: `Biaya Kueri ${String(i).padStart(3, '0')}` });
    assess(em, e, m01, 3, AssessmentMethod.SUPERVISOR, ago(1));
    learned(em, e, 5, `${thisYear}-01-15`);
  }
  await em.flush();
});
afterAll(() => t.close());

describe('the cost of a talent search page', () => {
  it('lets a full page of 100 rows through, as the client asks for it', async () => {
    const result = await t.gql(CLIENT_SEARCH, { input: input(), page: { limit: 100 } }, committee.actor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.talentSearch).toMatchObject({ total: 120, limit: 100 });
    expect(result.data!.talentSearch.items).toHaveLength(100);
  });

  it('reads a page of 100 with as many statements as a page of 10', async () => {
    const run = async (limit: number) =>
      withoutHeldReads(
        await t.statements(async () => {
          const r = await t.gql(
            CLIENT_SEARCH,
            {
              input: { ...input(), competencies: [{ competencyId: (await competency(t.em(), 'M.01')).id, minLevel: 2 }] },
              page: { limit },
            },
            committee.actor,
          );
          expect(r.errors).toBeUndefined();
        }),
      ).length;
    const small = await run(10);
    expect(await run(100)).toBe(small);
  });

  it('still refuses a page that asks for much more than the client does', async () => {
    const greedy = CLIENT_SEARCH.replace(
      'items {',
      'items { a1: employee { id nip name rank email phone active } a2: employee { id nip name rank email phone active } a3: employee { id nip name rank email phone active }',
    );
    const result = await t.gql(greedy, { input: input(), page: { limit: 100 } }, committee.actor);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
