import { MikroORM } from '@mikro-orm/postgresql';
import { withClock } from '../../../api/src/common/clock-stamps';
import { systemClock } from '../../../api/src/common/dates';
import { PageInput } from '../../../api/src/common/paging';
import { TalentSort } from '../../../api/src/modules/committee/committee.inputs';
import { CommitteeService } from '../../../api/src/modules/committee/committee.service';
import { Role } from '../../../api/src/modules/identity/role';
import { ormConfig } from '../../../api/src/db/orm.config';
import { aPosition, makeEmployee, usersByRole, type TestUser } from '../../support/factories';
import { workerDatabaseUrl } from '../../support/databases';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { assess, AssessmentMethod, competency, learned, thisYear } from './support';

// An app and its data on a busy 2-core machine take more than the default half minute.
jest.setTimeout(180_000);

let t: TestApp;
let single: MikroORM;
let committee: TestUser;
let employeeId: string;
let positionId: string;
let m01: string;
const purpose = 'Rapat Baperjakat Januari';

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  committee = (await usersByRole(em))[Role.COMMITTEE];
  const employee = await makeEmployee(em, { name: 'Satu Koneksi' });
  employeeId = employee.id;
  positionId = (await aPosition(em, 'PENGOLAH-DATA')).id;
  const integrity = await competency(em, 'M.01');
  m01 = integrity.id;
  assess(em, employee, integrity, 3, AssessmentMethod.SUPERVISOR, `${thisYear - 1}-06-20`);
  learned(em, employee, 24, `${thisYear - 1}-06-15`);
  await em.flush();
  // A pool of one connection that gives up quickly: a read that needed a second connection while
  // its transaction holds the first would wait for itself and fail instead of answering.
  single = await MikroORM.init({
    ...ormConfig({ clientUrl: workerDatabaseUrl() }),
    pool: { min: 0, max: 1, acquireTimeoutMillis: 5000 },
  });
});
afterAll(async () => {
  await single.close(true);
  await t.close();
});

const service = () => new CommitteeService(withClock(single.em.fork(), systemClock()), systemClock());

describe('the committee reads on the connection of their transaction', () => {
  it('searches, exports a search, reads a history and draws up a pool with one connection', async () => {
    const input = { purpose, competencies: [{ competencyId: m01, minLevel: 2 }], jp: { fromYear: thisYear - 1, toYear: thisYear - 1 } };
    const found = await service().talentSearch(committee.actor, input, Object.assign(new PageInput(), { limit: 10 }), TalentSort.NAME);
    expect(found.items.map((r) => r.employee.id)).toEqual([employeeId]);
    const exported = await service().exportSearch(committee.actor, input, TalentSort.NAME, 'csv');
    const rows = [];
    for await (const page of exported.pages()) rows.push(...page);
    expect(rows.map((r) => r.employee.id)).toEqual([employeeId]);
    const history = await service().employeeHistory(committee.actor, { employeeId, purpose });
    expect(history.events.map((e) => e.kind)).toEqual(['ASSESSMENT', 'LEARNING']);
    const pool = await service().talentPool(committee.actor, { positionId, limit: 5, purpose });
    expect(pool.candidates.map((c) => c.employee.id)).toContain(employeeId);
  });
});
