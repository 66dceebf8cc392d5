import type { EntityManager } from '@mikro-orm/postgresql';
import { type Clock, systemClock } from '../../common/dates';
import { hashPassword } from '../../modules/identity/password';
import { Role } from '../../common/role';
import { User } from '../../modules/identity/user.entity';
import { Employee } from '../../modules/organisation/employee.entity';
import { EmployeeType } from '../../modules/organisation/organisation.enums';
import { Opd } from '../../modules/organisation/opd.entity';
import { Position } from '../../modules/organisation/position.entity';
import { PositionHeld } from '../../modules/organisation/position-held.entity';
import { seedDemoAssessments } from './demo-competency';
import { type DemoLearningCounts, seedDemoLearning } from './demo-learning';
import { generateCareer, generatePeople, type Names, type PersonRow } from './people';
import { Random } from './random';
import { readSeed } from './seed-files';

/** Password of every demo account. Demo data only: never load it into production. */
export const DEMO_PASSWORD = 'komunitas-pintar';

interface DemoAccount extends PersonRow {
  username: string;
  roles: Role[];
}

/** One account per role, each a real employee of the demo regency. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    roles: [Role.ADMIN],
    nip: '198204112006041003',
    name: 'Rahmat Hidayat, S.AP.',
    employeeType: EmployeeType.PNS,
    opdCode: 'BKD',
    positionCode: 'ASDMA-AM',
    rank: 'III/d',
    email: 'rahmat.hidayat@sidoarjokab.go.id',
    phone: '081230001001',
  },
  {
    username: 'pelatih',
    roles: [Role.TRAINER],
    nip: '198708222010012004',
    name: 'Indah Pratiwi, S.Kom., M.M.',
    employeeType: EmployeeType.PNS,
    opdCode: 'DISKOMINFO',
    positionCode: 'PRANKOM-AP',
    rank: 'III/c',
    email: 'indah.pratiwi@sidoarjokab.go.id',
    phone: '081230001002',
  },
  {
    username: 'pengawas',
    roles: [Role.SUPERVISOR],
    nip: '197905062003121002',
    name: 'Bambang Setiawan, S.Sos.',
    employeeType: EmployeeType.PNS,
    opdCode: 'DISKOMINFO',
    positionCode: 'KASUBBAG',
    rank: 'IV/a',
    email: 'bambang.setiawan@sidoarjokab.go.id',
    phone: '081230001003',
  },
  {
    username: 'peserta',
    roles: [],
    nip: '199203152019032001',
    name: 'Dewi Lestari, S.Kom.',
    employeeType: EmployeeType.PNS,
    opdCode: 'DISKOMINFO',
    positionCode: 'PENGOLAH-DATA',
    rank: 'III/a',
    email: 'dewi.lestari@sidoarjokab.go.id',
    phone: '081230001004',
  },
  {
    username: 'komite',
    roles: [Role.COMMITTEE],
    nip: '197512182000031005',
    name: 'Heru Kurniawan, S.H., M.Si.',
    employeeType: EmployeeType.PNS,
    opdCode: 'BKD',
    positionCode: 'KABID',
    rank: 'IV/b',
    email: 'heru.kurniawan@sidoarjokab.go.id',
    phone: '081230001005',
  },
];

const BATCH = 1000;

/**
 * Inserts people (and a user for each) whose NIP is not there yet, in batches.
 * Returns how many employees were inserted.
 */
async function insertPeople(
  em: EntityManager,
  people: (PersonRow & { username?: string; roles?: Role[] })[],
  passwordHash: string,
  today: string,
): Promise<number> {
  const opdIds = new Map((await em.find(Opd, {})).map((o) => [o.code, o.id]));
  const positionIds = new Map((await em.find(Position, {})).map((p) => [p.code, p.id]));
  const opdCodes = [...opdIds.keys()].sort();
  const careers = new Random(2026);
  let inserted = 0;
  for (let i = 0; i < people.length; i += BATCH) {
    const batch = people.slice(i, i + BATCH);
    const employees = batch.map((p) => ({
      nip: p.nip,
      name: p.name,
      employeeType: p.employeeType,
      opd: opdIds.get(p.opdCode)!,
      position: positionIds.get(p.positionCode) ?? null,
      rank: p.rank,
      email: p.email,
      phone: p.phone,
    }));
    const result = await em.createQueryBuilder(Employee).insert(employees).onConflict('nip').ignore().execute('run');
    inserted += result.affectedRows;
    const ids = new Map(
      (await em.find(Employee, { nip: { $in: batch.map((p) => p.nip) } }, { fields: ['id', 'nip'] })).map((e) => [e.nip, e.id]),
    );
    const users = batch.map((p) => ({
      username: p.username ?? p.nip,
      passwordHash,
      displayName: p.name,
      roles: p.roles ?? [],
      employee: ids.get(p.nip),
    }));
    await em.createQueryBuilder(User).insert(users).onConflict('username').ignore().execute('run');
    // The positions each new employee held: earlier ones closed, the current one open.
    const placed = new Set(
      (await em.find(PositionHeld, { employee: { $in: [...ids.values()] } }, { fields: ['employee'] })).map((h) => h.employee.id),
    );
    const held = batch.flatMap((p) => {
      const steps = generateCareer(p, opdCodes, today, careers);
      const employee = ids.get(p.nip);
      if (!employee || placed.has(employee) || !positionIds.has(p.positionCode)) return [];
      return steps.map((step) => ({
        employee,
        position: positionIds.get(step.positionCode)!,
        opd: opdIds.get(step.opdCode)!,
        fromDate: step.fromDate,
        toDate: step.toDate,
      }));
    });
    if (held.length) await em.createQueryBuilder(PositionHeld).insert(held).execute('run');
  }
  return inserted;
}

function names(seedsDir: string): Names {
  return readSeed<Names>(seedsDir, 'demo/names.json');
}

async function opdRows(em: EntityManager) {
  return (await em.find(Opd, {}, { orderBy: { code: 'asc' } })).map((o) => ({ code: o.code, kind: o.kind }));
}

/** The OPDs the demo supervisor monitors. */
const DEMO_SUPERVISED_OPDS = ['DISKOMINFO', 'BKD'];

function username(role: Role): string {
  return DEMO_ACCOUNTS.find((a) => a.roles.includes(role))!.username;
}

export interface DemoCounts {
  employees: number;
  assessments: number;
  learning: DemoLearningCounts;
}

/**
 * Demo regency: the five demo accounts and 195 more employees, each with a learner account and
 * the positions held since appointment,
 * competency assessments so gaps show, and the OPDs the demo supervisor monitors; then the
 * trainer's published modules, this year's learning and development plans (see demo-learning.ts),
 * dated by `clock`.
 */
export async function seedDemo(em: EntityManager, seedsDir: string, clock: Clock = systemClock()): Promise<DemoCounts> {
  if ((await em.count(Employee, {})) > 0) return { employees: 0, assessments: 0, learning: { modules: 0, completions: 0, plans: 0 } };
  const people = generatePeople(195, 1, await opdRows(em), names(seedsDir)).filter((p) => !DEMO_ACCOUNTS.some((a) => a.nip === p.nip));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const employees = await insertPeople(em, [...DEMO_ACCOUNTS, ...people], passwordHash, clock.today());
  const supervisor = await em.findOneOrFail(User, { username: username(Role.SUPERVISOR) }, { populate: ['supervisedOpds'] });
  supervisor.supervisedOpds.set(await em.find(Opd, { code: { $in: DEMO_SUPERVISED_OPDS } }));
  await em.flush();
  const peserta = DEMO_ACCOUNTS.find((a) => a.username === 'peserta')!;
  const assessments = await seedDemoAssessments(em, peserta.nip, clock.now());
  const learning = await seedDemoLearning(em, seedsDir, clock, {
    trainer: username(Role.TRAINER),
    learner: peserta.username,
    supervisor: username(Role.SUPERVISOR),
    all: DEMO_ACCOUNTS.map((a) => a.username),
  });
  return { employees, assessments, learning };
}

/**
 * Adds `count` generated employees with learner accounts (all with the demo password),
 * for measuring at the size of a real regency. Deterministic; running it twice adds nothing.
 */
export async function seedScale(
  em: EntityManager,
  seedsDir: string,
  count: number,
  today = systemClock().today(),
): Promise<{ employees: number }> {
  const people = generatePeople(count, 20_26, await opdRows(em), names(seedsDir));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return { employees: await insertPeople(em, people, passwordHash, today) };
}
