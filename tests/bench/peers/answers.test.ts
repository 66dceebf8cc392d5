import { Client } from 'pg';
import { localDate } from '../../../api/src/common/dates';
import { CompetencyAssessment } from '../../../api/src/modules/competency/competency-assessment.entity';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { AssessmentMethod } from '../../../api/src/modules/competency/competency.enums';
import { Role } from '../../../api/src/common/role';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';
import { workerDatabaseUrl } from '../../support/databases';
import { aPosition, makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';

/**
 * The peers benchmark times our API against hand-written SQL only after both give the same
 * answers. This keeps its questions and statements honest on a small data set: if the schema or
 * a rule changes, the statements must change with it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the scenarios are CommonJS, shared with the benchmark's node scripts
const { scenarios, canonical, STATEMENTS } = require('./scenarios.cjs');

let t: TestApp;
let sql: Client;
let admin: TestUser;
let learner: TestUser;
const timeZone = 'Asia/Jakarta';
const today = localDate(new Date(), timeZone);
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  admin = await makeUser(em, [Role.ADMIN]);
  const position = await aPosition(em, 'PENGOLAH-DATA');
  learner = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { name: 'Dewi Agustina', position }) });
  for (const name of ['Agus Salim', 'Bagus Prakoso', 'agus wibowo', 'Siti Aminah']) await makeEmployee(em, { name });
  for (let i = 0; i < 22; i++) await makeEmployee(em, { position: i % 3 ? position : null, opdCode: i % 2 ? 'DINKES' : 'DISKOMINFO' });

  const [m01, tik03] = await Promise.all(['M.01', 'T.TIK.03'].map((code) => em.findOneOrFail(Competency, { code })));
  const assess = (competency: Competency, level: number, method: AssessmentMethod, assessedOn: string, validUntil: string) =>
    em.create(CompetencyAssessment, { employee: learner.user.employee!.id, competency, level, method, assessedOn, validUntil });
  assess(m01, 2, AssessmentMethod.SELF, '2025-01-10', '2099-01-01');
  assess(m01, 3, AssessmentMethod.SUPERVISOR, '2024-05-01', '2099-01-01'); // stronger method wins over the later self-assessment
  assess(tik03, 4, AssessmentMethod.CERTIFICATE, '2020-01-01', '2021-01-01'); // expired
  assess(tik03, 1, AssessmentMethod.TRAINER, '2025-02-01', '2099-01-01');
  assess(tik03, 2, AssessmentMethod.TRAINER, '2025-03-01', '2099-01-01'); // same method: the later wins

  const record = (title: string, jp: number, endDate: string, status: RecordStatus) =>
    em.create(LearningRecord, {
      employee: learner.user.employee!.id,
      source: RecordSource.EXTERNAL,
      sourceId: null,
      form: 5,
      title,
      startDate: endDate,
      endDate,
      minutes: jp * 45,
      jp,
      year: Number(endDate.slice(0, 4)),
      status,
    });
  record('Komunikasi', 3, `${year}-01-15`, RecordStatus.APPROVED);
  record('Analisis Data', 4.5, `${year}-02-20`, RecordStatus.APPROVED);
  record('Seminar', 2, `${year}-03-01`, RecordStatus.PENDING);
  record('Ditolak', 6, `${year}-03-02`, RecordStatus.REJECTED);
  record('Tahun lalu', 8, `${year - 1}-12-30`, RecordStatus.APPROVED);
  await em.flush();

  sql = new Client({ connectionString: workerDatabaseUrl() });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await t.close();
});

async function questions() {
  const total = Number((await sql.query('select count(*) from employee')).rows[0].count);
  return scenarios({ total, learnerEmployeeId: learner.user.employee!.id, year, timeZone, search: 'agus' }) as {
    key: string;
    actor: 'admin' | 'learner';
    ours: { query: string; variables: Record<string, unknown> };
    sql: { statement: keyof typeof STATEMENTS; params: unknown[] };
    fromOurs: (data: unknown) => unknown;
    fromSql: (answer: unknown) => unknown;
  }[];
}

describe('the peers benchmark asks our API and SQL the same questions', () => {
  it('and both give the same answers to each, with something in them', async () => {
    const asked = await questions();
    expect(asked.map((s) => s.key)).toEqual(['directory', 'search', 'lastPage', 'jp', 'gap']);
    for (const scenario of asked) {
      const actor = scenario.actor === 'admin' ? admin : learner;
      const ours = await t.gql(scenario.ours.query, scenario.ours.variables, actor.actor);
      expect(ours.errors).toBeUndefined();
      const { rows } = await sql.query({ text: STATEMENTS[scenario.sql.statement], values: scenario.sql.params });
      const mine = scenario.fromOurs(ours.data);
      const theirs = scenario.fromSql(JSON.parse(rows[0].answer));
      expect({ [scenario.key]: canonical(mine) }).toEqual({ [scenario.key]: canonical(theirs) });
      expect(canonical(mine)).not.toMatch(/"(items|entries)":\[\]/);
    }
  });

  it('where the data decide: four names contain "agus", the learner has 7.5 approved and 2 pending JP and two competencies assessed', async () => {
    const [, search, , jp, gap] = await questions();
    const ours = async (s: typeof search, actor: TestUser) =>
      s.fromOurs((await t.gql(s.ours.query, s.ours.variables, actor.actor)).data) as any;
    expect((await ours(search, admin)).total).toBe(4);
    expect(await ours(jp, learner)).toMatchObject({ approvedJp: 7.5, pendingJp: 2 });
    const items = (await ours(gap, learner)).items as {
      competency: { code: string };
      currentLevel: number | null;
      evidence: { method: string } | null;
    }[];
    expect(items.find((i) => i.competency.code === 'M.01')).toMatchObject({ currentLevel: 3, evidence: { method: 'SUPERVISOR' } });
    expect(items.find((i) => i.competency.code === 'T.TIK.03')).toMatchObject({ currentLevel: 2, evidence: { method: 'TRAINER' } });
  });
});
