import { RecordStatus } from '../../../api/src/modules/record/record.enums';
import { Role } from '../../../api/src/modules/identity/role';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { makeEmployee, usersByRole, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { learned, thisYear } from './support';

let t: TestApp;
let committee: TestUser;
let ana: Employee;
let budi: Employee;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  committee = (await usersByRole(em))[Role.COMMITTEE];
  ana = await makeEmployee(em, { name: 'Tahunan Ana' });
  budi = await makeEmployee(em, { name: 'Tahunan Budi' });
  await em.flush();
});
afterAll(() => t.close());

/** The kept JP per year of the two employees, and the same summed from their records. */
async function keptAndSummed(): Promise<[string[], string[]]> {
  const conn = t.orm.em.getConnection();
  const ids = [ana.id, budi.id];
  const kept: { employee_id: string; year: number; jp: string; records: number }[] = await conn.execute(
    `select employee_id, year, jp::text, records from employee_jp_year where employee_id in (?, ?) order by employee_id, year`,
    ids,
  );
  const summed: typeof kept = await conn.execute(
    `select employee_id, year, sum(jp)::numeric(10,1)::text as jp, count(*)::int as records from learning_record
      where status = 'APPROVED' and employee_id in (?, ?) group by employee_id, year order by employee_id, year`,
    ids,
  );
  const line = (r: (typeof kept)[number]) => `${r.employee_id === ana.id ? 'Ana' : 'Budi'} ${r.year}: ${r.jp} JP in ${r.records}`;
  // Ana's lines first, each person's years in order (the ids' order is random).
  return [kept.map(line).sort(), summed.map(line).sort()];
}

const SEARCH = `query($input: TalentSearchInput!) { talentSearch(input: $input) { total items { employee { name } jpByYear { year jp } } } }`;
const namesReaching = async (minJp: number) =>
  (
    await t.gql(
      SEARCH,
      { input: { purpose: 'Rapat Baperjakat', search: 'Tahunan', jp: { fromYear: thisYear - 1, toYear: thisYear, minJp } } },
      committee.actor,
    )
  ).data!.talentSearch.items.map((r: { employee: { name: string } }) => r.employee.name);

describe('approved JP per employee and year', () => {
  it('follow the learning records through inserts, approvals, corrections, moves, rejections and deletions', async () => {
    const em = t.em();
    const a1 = learned(em, ana, 12.5, `${thisYear - 1}-02-01`);
    learned(em, ana, 8, `${thisYear - 1}-09-01`);
    learned(em, ana, 20, `${thisYear}-03-01`);
    const pending = learned(em, budi, 15, `${thisYear}-04-01`, 'Menunggu', RecordStatus.PENDING);
    const b1 = learned(em, budi, 21, `${thisYear - 1}-05-01`);
    await em.flush();
    expect((await keptAndSummed())[0]).toEqual([
      `Ana ${thisYear - 1}: 20.5 JP in 2`,
      `Ana ${thisYear}: 20.0 JP in 1`,
      `Budi ${thisYear - 1}: 21.0 JP in 1`,
    ]);
    expect(await namesReaching(20)).toEqual(['Tahunan Ana']);

    // Approved: it counts. Corrected: the difference counts.
    pending.status = RecordStatus.APPROVED;
    await em.flush();
    a1.jp = 10.5;
    await em.flush();
    expect((await keptAndSummed())[0]).toEqual([
      `Ana ${thisYear - 1}: 18.5 JP in 2`,
      `Ana ${thisYear}: 20.0 JP in 1`,
      `Budi ${thisYear - 1}: 21.0 JP in 1`,
      `Budi ${thisYear}: 15.0 JP in 1`,
    ]);
    expect(await namesReaching(15)).toEqual(['Tahunan Ana', 'Tahunan Budi']);
    expect(await namesReaching(20)).toEqual([]);

    // Moved to another year: it leaves the old year (with no record left, the year has no row).
    b1.endDate = `${thisYear}-05-01`;
    b1.year = thisYear;
    await em.flush();
    // Rejected, then deleted.
    pending.status = RecordStatus.REJECTED;
    await em.flush();
    em.remove(a1);
    await em.flush();
    const [kept, summed] = await keptAndSummed();
    expect(kept).toEqual([`Ana ${thisYear - 1}: 8.0 JP in 1`, `Ana ${thisYear}: 20.0 JP in 1`, `Budi ${thisYear}: 21.0 JP in 1`]);
    expect(kept).toEqual(summed);
  });

  it('follow statements that write many records at once, and records moved to another employee', async () => {
    const conn = t.orm.em.getConnection();
    await conn.execute(
      `insert into learning_record (employee_id, source, form_id, title, start_date, end_date, minutes, jp, year, status, credit_steps)
        select e.id, 'EXTERNAL', 5, 'Massal ' || n, make_date(?, 6, n), make_date(?, 6, n), 90, 2.5, ?, s, '[]'
        from employee e cross join generate_series(1, 4) n cross join (values ('APPROVED'), ('PENDING')) st(s)
        where e.id in (?, ?)`,
      [thisYear - 1, thisYear - 1, thisYear - 1, ana.id, budi.id],
    );
    await conn.execute(
      `update learning_record set status = 'APPROVED' where title like 'Massal %' and status = 'PENDING' and employee_id = ?`,
      [budi.id],
    );
    await conn.execute(`update learning_record set employee_id = ? where title = 'Massal 1' and employee_id = ?`, [budi.id, ana.id]);
    const [kept, summed] = await keptAndSummed();
    expect(kept).toEqual(summed);
    expect(kept).toContain(`Budi ${thisYear - 1}: 22.5 JP in 9`);
    await conn.execute(`delete from learning_record where title like 'Massal %'`);
    const [after, summedAfter] = await keptAndSummed();
    expect(after).toEqual(summedAfter);
    expect(after.some((line) => line.startsWith(`Budi ${thisYear - 1}`))).toBe(false);
  });
});
