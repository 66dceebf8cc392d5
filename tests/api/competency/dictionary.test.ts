import { LIMITS } from '@komunitas-pintar/domain';
import { seedReference } from '../../../api/src/db/seed/reference';
import { CareerPath } from '../../../api/src/modules/competency/career-path.entity';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { Role } from '../../../api/src/common/role';
import { Position } from '../../../api/src/modules/organisation/position.entity';
import { PositionType } from '../../../api/src/modules/organisation/organisation.enums';
import { type TestUser, usersByRole } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const COMPETENCIES = `query Competencies($filter: CompetencyFilter, $page: PageInput) {
  competencies(filter: $filter, page: $page) { total items { id code name type governmentAffair levels { level description indicators } } }
}`;
const COMPETENCY = `query Competency($id: ID!) { competency(id: $id) { id code name type governmentAffair active levels { level description indicators } } }`;
const CREATE = `mutation CreateCompetency($input: CreateCompetencyInput!) { createCompetency(input: $input) { id code type governmentAffair levels { level } } }`;
const UPDATE = `mutation UpdateCompetency($input: UpdateCompetencyInput!) { updateCompetency(input: $input) { id name active levels { level description } } }`;
const POSITION = `query Position($id: ID!) {
  position(id: $id) { id code governmentAffair summary requirements { education training { name rating } rank }
    standard { requiredLevel competency { code type } } }
}`;
const SET_STANDARD = `mutation SetPositionStandard($input: SetPositionStandardInput!) { setPositionStandard(input: $input) { id standard { requiredLevel competency { code } } summary } }`;
const CREATE_POSITION = `mutation CreatePosition($input: CreatePositionInput!) { createPosition(input: $input) { id standard { requiredLevel competency { type } } } }`;
const SET_DEFAULT = `mutation SetPositionTypeDefault($input: SetPositionTypeDefaultInput!) { setPositionTypeDefault(input: $input) { code defaultManagerialLevel } }`;
const PATHS = `query CareerPaths($positionId: ID!) { careerPaths(positionId: $positionId) { root { code } nodes { distance position { code } } links { from { code } to { code } note } } }`;
const ADD_PATH = `mutation AddCareerPath($input: AddCareerPathInput!) { addCareerPath(input: $input) { id from { code } to { code } } }`;
const REMOVE_PATH = `mutation RemoveCareerPath($input: RemoveCareerPathInput!) { removeCareerPath(input: $input) }`;

let t: TestApp;
let users: Record<Role, TestUser>;
const as = (role: Role) => users[role].actor;

const levels = () =>
  [1, 2, 3, 4, 5].map((level) => ({
    level,
    description: `Deskripsi level ${level}`,
    indicators: [`Indikator ${level}a`, `Indikator ${level}b`],
  }));

beforeAll(async () => {
  t = await setupTestApp();
  users = await usersByRole(t.em());
});
afterAll(() => t.close());

async function positionId(code: string) {
  return (await t.em().findOneOrFail(Position, { code })).id;
}

describe('the seeded dictionary', () => {
  it('has the 8 managerial competencies, Perekat Bangsa and at least 30 technical ones, each with five levels', async () => {
    const result = await t.gql(COMPETENCIES, { page: { limit: 100 } }, as(Role.LEARNER));
    const items = result.data!.competencies.items;
    const byType = (type: string) => items.filter((c: Competency) => c.type === type);
    expect(byType('MANAJERIAL').map((c: Competency) => c.name)).toEqual([
      'Integritas',
      'Kerja Sama',
      'Komunikasi',
      'Orientasi pada Hasil',
      'Pelayanan Publik',
      'Pengembangan Diri dan Orang Lain',
      'Mengelola Perubahan',
      'Pengambilan Keputusan',
    ]);
    expect(byType('SOSIAL_KULTURAL').map((c: Competency) => c.name)).toEqual(['Perekat Bangsa']);
    expect(byType('TEKNIS').length).toBeGreaterThanOrEqual(30);
    for (const c of items) {
      expect(c.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(c.levels.every((l: { indicators: string[] }) => l.indicators.length > 0)).toBe(true);
    }
  });

  it('searches by name or code and filters by type and government affair', async () => {
    const search = await t.gql(COMPETENCIES, { filter: { search: 'integritas' } }, as(Role.LEARNER));
    expect(search.data!.competencies.items.map((c: Competency) => c.code)).toEqual(['M.01']);
    const tech = await t.gql(COMPETENCIES, { filter: { type: 'TEKNIS', governmentAffair: 'Kepegawaian' } }, as(Role.LEARNER));
    expect(tech.data!.competencies.total).toBeGreaterThanOrEqual(2);
    expect(tech.data!.competencies.items.every((c: Competency) => c.governmentAffair === 'Kepegawaian')).toBe(true);
  });

  it('is refused when logged out', async () => {
    expect(errorCode(await t.gql(COMPETENCIES))).toBe('UNAUTHENTICATED');
  });

  it('refuses a search longer than the limit', async () => {
    const result = await t.gql(COMPETENCIES, { filter: { search: 'k'.repeat(LIMITS.searchMax + 1) } }, as(Role.LEARNER));
    expect(fieldErrors(result)).toEqual([{ field: 'search', rule: 'maxLength' }]);
    const longest = await t.gql(COMPETENCIES, { filter: { search: 'k'.repeat(LIMITS.searchMax) } }, as(Role.LEARNER));
    expect(longest.data!.competencies.total).toBe(0);
  });

  it('competency(id) gives one entry with its code and the five levels with their indicators', async () => {
    const id = (await t.em().findOneOrFail(Competency, { code: 'M.01' })).id;
    const result = await t.gql(COMPETENCY, { id }, as(Role.LEARNER));
    const c = result.data!.competency;
    expect(c).toMatchObject({ id, code: 'M.01', name: 'Integritas', type: 'MANAJERIAL', governmentAffair: null, active: true });
    expect(c.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
    for (const l of c.levels) {
      expect(l.description.length).toBeGreaterThan(10);
      expect(l.indicators.length).toBeGreaterThan(0);
      expect(l.indicators.every((i: string) => i.trim().length >= 3)).toBe(true);
    }
    expect(errorCode(await t.gql(COMPETENCY, { id }))).toBe('UNAUTHENTICATED');
  });
});

describe('createCompetency and updateCompetency', () => {
  const input = () => ({
    code: 'T.UJI.01',
    name: 'Kompetensi Uji',
    type: 'TEKNIS',
    governmentAffair: 'Pengujian',
    description: 'Untuk pengujian',
    levels: levels(),
  });

  it('are admin only', async () => {
    expect(errorCode(await t.gql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR, Role.COMMITTEE]) {
      expect(errorCode(await t.gql(CREATE, { input: input() }, as(role)))).toBe('FORBIDDEN');
    }
  });

  it('rejects a dictionary entry without exactly the levels 1–5, or with a code in use', async () => {
    const four = await t.gql(CREATE, { input: { ...input(), levels: levels().slice(0, 4) } }, as(Role.ADMIN));
    expect(fieldErrors(four)[0]).toMatchObject({ field: 'levels', rule: 'arrayMinSize' });
    const twice = await t.gql(CREATE, { input: { ...input(), levels: [...levels().slice(0, 4), { ...levels()[0] }] } }, as(Role.ADMIN));
    expect(fieldErrors(twice)).toEqual([{ field: 'levels', rule: 'LEVELS' }]);
    const six = await t.gql(
      CREATE,
      { input: { ...input(), levels: [...levels().slice(0, 4), { ...levels()[4], level: 6 }] } },
      as(Role.ADMIN),
    );
    expect(fieldErrors(six)).toContainEqual({ field: 'levels.4.level', rule: 'max' });
    const taken = await t.gql(CREATE, { input: { ...input(), code: 'M.01' } }, as(Role.ADMIN));
    expect(fieldErrors(taken)).toEqual([{ field: 'code', rule: 'CODE_TAKEN' }]);
  });

  it('refuses a level without an indicator, or with a blank one', async () => {
    const without = levels().map((l) => (l.level === 2 ? { ...l, indicators: [] } : l));
    expect(fieldErrors(await t.gql(CREATE, { input: { ...input(), levels: without } }, as(Role.ADMIN)))).toEqual([
      { field: 'levels.1.indicators', rule: 'arrayMinSize' },
    ]);
    const blank = levels().map((l) => (l.level === 4 ? { ...l, indicators: ['Indikator nyata', '     '] } : l));
    expect(fieldErrors(await t.gql(CREATE, { input: { ...input(), levels: blank } }, as(Role.ADMIN)))).toEqual([
      { field: 'levels.3.indicators', rule: 'REQUIRED' },
    ]);
    expect(await t.em().count(Competency, { code: 'T.UJI.01' })).toBe(0);
  });

  it('a technical competency needs its government affair, on create and on update', async () => {
    for (const governmentAffair of [undefined, null, '   ']) {
      const result = await t.gql(CREATE, { input: { ...input(), code: 'T.UJI.09', governmentAffair } }, as(Role.ADMIN));
      expect({ governmentAffair, errors: fieldErrors(result) }).toEqual({
        governmentAffair,
        errors: [{ field: 'governmentAffair', rule: 'REQUIRED' }],
      });
    }
    const social = await t.gql(
      CREATE,
      { input: { ...input(), code: 'S.UJI.09', type: 'SOSIAL_KULTURAL', governmentAffair: null } },
      as(Role.ADMIN),
    );
    expect(social.data!.createCompetency).toMatchObject({ type: 'SOSIAL_KULTURAL', governmentAffair: null });

    const created = await t.gql(CREATE, { input: { ...input(), code: 'T.UJI.10' } }, as(Role.ADMIN));
    const id = created.data!.createCompetency.id;
    const cleared = await t.gql(UPDATE, { input: { id, governmentAffair: ' ' } }, as(Role.ADMIN));
    expect(fieldErrors(cleared)).toEqual([{ field: 'governmentAffair', rule: 'REQUIRED' }]);
    // Leaving the affair out keeps the stored one.
    expect((await t.gql(UPDATE, { input: { id, name: 'Nama Tetap Berurusan' } }, as(Role.ADMIN))).errors).toBeUndefined();
    expect((await t.em().findOneOrFail(Competency, id)).governmentAffair).toBe('Pengujian');

    // A technical entry saved without one (older data) must get one with its next edit.
    const em = t.em();
    const legacy = await em.findOneOrFail(Competency, id);
    legacy.governmentAffair = null;
    await em.flush();
    expect(fieldErrors(await t.gql(UPDATE, { input: { id, name: 'Nama Lain' } }, as(Role.ADMIN)))).toEqual([
      { field: 'governmentAffair', rule: 'REQUIRED' },
    ]);
    expect((await t.em().findOneOrFail(Competency, id)).name).toBe('Nama Tetap Berurusan');
    const fixed = await t.gql(UPDATE, { input: { id, name: 'Nama Lain', governmentAffair: 'Kearsipan' } }, as(Role.ADMIN));
    expect(fixed.data!.updateCompetency.name).toBe('Nama Lain');
    expect((await t.em().findOneOrFail(Competency, id)).governmentAffair).toBe('Kearsipan');
  });

  it('updateCompetency rejects four levels, a repeated level, blank indicators and a too-short name', async () => {
    const id = (await t.em().findOneOrFail(Competency, { code: 'M.02' })).id;
    const four = await t.gql(UPDATE, { input: { id, levels: levels().slice(0, 4) } }, as(Role.ADMIN));
    expect(fieldErrors(four)).toEqual([{ field: 'levels', rule: 'arrayMinSize' }]);
    const repeated = await t.gql(UPDATE, { input: { id, levels: [...levels().slice(0, 4), { ...levels()[3] }] } }, as(Role.ADMIN));
    expect(fieldErrors(repeated)).toEqual([{ field: 'levels', rule: 'LEVELS' }]);
    const blank = await t.gql(
      UPDATE,
      { input: { id, levels: levels().map((l) => ({ ...l, indicators: l.level === 5 ? ['   '] : l.indicators })) } },
      as(Role.ADMIN),
    );
    expect(fieldErrors(blank)).toEqual([{ field: 'levels.4.indicators', rule: 'REQUIRED' }]);
    const short = await t.gql(UPDATE, { input: { id, name: 'Ab' } }, as(Role.ADMIN));
    expect(fieldErrors(short)).toEqual([{ field: 'name', rule: 'minLength' }]);
    const stored = await t.em().findOneOrFail(Competency, id, { populate: ['levels'] });
    expect(stored.name).toBe('Kerja Sama');
    expect(stored.levels.getItems().every((l) => l.indicators.length > 0 && !l.description.startsWith('Deskripsi level'))).toBe(true);
  });

  it('creates and edits a competency; a managerial one has no government affair', async () => {
    const created = await t.gql(CREATE, { input: input() }, as(Role.ADMIN));
    expect(created.data!.createCompetency).toMatchObject({ code: 'T.UJI.01', governmentAffair: 'Pengujian' });
    const managerial = await t.gql(CREATE, { input: { ...input(), code: 'M.UJI', type: 'MANAJERIAL' } }, as(Role.ADMIN));
    expect(managerial.data!.createCompetency.governmentAffair).toBeNull();
    const id = created.data!.createCompetency.id;
    const changed = levels().map((l) => ({ ...l, description: `Baru ${l.level}` }));
    const updated = await t.gql(UPDATE, { input: { id, name: 'Nama Baru', active: false, levels: changed } }, as(Role.ADMIN));
    expect(updated.data!.updateCompetency).toMatchObject({ name: 'Nama Baru', active: false });
    expect(updated.data!.updateCompetency.levels[2].description).toBe('Baru 3');
    const hidden = await t.gql(COMPETENCIES, { filter: { search: 'Nama Baru' } }, as(Role.ADMIN));
    expect(hidden.data!.competencies.total).toBe(0);
    const shown = await t.gql(COMPETENCIES, { filter: { search: 'Nama Baru', includeInactive: true } }, as(Role.ADMIN));
    expect(shown.data!.competencies.total).toBe(1);
    expect(errorCode(await t.gql(UPDATE, { input: { id, name: 'X' } }, as(Role.TRAINER)))).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'Apa saja' } }, as(Role.ADMIN))),
    ).toBe('NOT_FOUND');
  });
});

describe('position standards', () => {
  it('the seeded positions carry managerial defaults by type, technical rows and requirements', async () => {
    const result = await t.gql(POSITION, { id: await positionId('KABID') }, as(Role.LEARNER));
    const p = result.data!.position;
    expect(p.governmentAffair).toBeTruthy();
    expect(p.requirements.training.map((r: { rating: string }) => r.rating)).toEqual(
      expect.arrayContaining(['MUTLAK', 'PENTING', 'PERLU']),
    );
    const managerial = p.standard.filter((s: { competency: { type: string } }) => s.competency.type === 'MANAJERIAL');
    expect(managerial).toHaveLength(8);
    expect(managerial.every((s: { requiredLevel: number }) => s.requiredLevel === 3)).toBe(true);
    expect(p.standard.filter((s: { competency: { type: string } }) => s.competency.type === 'TEKNIS').length).toBeGreaterThan(0);
  });

  it('a new position gets the managerial and socio-cultural defaults of its type, as configured', async () => {
    const before = await t.gql(
      CREATE_POSITION,
      { input: { code: 'BARU-1', name: 'Jabatan Baru Satu', positionType: 'PENGAWAS' } },
      as(Role.ADMIN),
    );
    const rows = before.data!.createPosition.standard;
    const defaults = await t.em().count(Competency, { type: { $in: ['MANAJERIAL', 'SOSIAL_KULTURAL'] } as never, active: true });
    expect(defaults).toBeGreaterThanOrEqual(9);
    expect(rows).toHaveLength(defaults);
    expect(rows.every((r: { requiredLevel: number }) => r.requiredLevel === 2)).toBe(true);

    expect(errorCode(await t.gql(SET_DEFAULT, { input: { code: 'PENGAWAS', defaultManagerialLevel: 3 } }, as(Role.SUPERVISOR)))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(SET_DEFAULT, { input: { code: 'PENGAWAS', defaultManagerialLevel: 6 } }, as(Role.ADMIN)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(fieldErrors(await t.gql(SET_DEFAULT, { input: { code: 'RAJA', defaultManagerialLevel: 3 } }, as(Role.ADMIN)))).toEqual([
      { field: 'code', rule: 'NOT_FOUND' },
    ]);
    const set = await t.gql(SET_DEFAULT, { input: { code: 'PENGAWAS', defaultManagerialLevel: 3 } }, as(Role.ADMIN));
    expect(set.data!.setPositionTypeDefault.defaultManagerialLevel).toBe(3);
    const after = await t.gql(
      CREATE_POSITION,
      { input: { code: 'BARU-2', name: 'Jabatan Baru Dua', positionType: PositionType.PENGAWAS } },
      as(Role.ADMIN),
    );
    expect(after.data!.createPosition.standard.every((r: { requiredLevel: number }) => r.requiredLevel === 3)).toBe(true);
    const unchanged = await t.gql(POSITION, { id: before.data!.createPosition.id }, as(Role.ADMIN));
    expect(unchanged.data!.position.standard.every((r: { requiredLevel: number }) => r.requiredLevel === 2)).toBe(true);
  });

  it('setPositionStandard replaces the rows; admin only; rejects duplicates and unknown competencies', async () => {
    const id = await positionId('OPERATOR-LAYOP');
    const [m1, t1] = await Promise.all([
      t.em().findOneOrFail(Competency, { code: 'M.01' }),
      t.em().findOneOrFail(Competency, { code: 'T.TIK.01' }),
    ]);
    const input = {
      positionId: id,
      summary: 'Ringkasan baru',
      competencies: [
        { competencyId: m1.id, requiredLevel: 2 },
        { competencyId: t1.id, requiredLevel: 1 },
      ],
    };
    expect(errorCode(await t.gql(SET_STANDARD, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(SET_STANDARD, { input }, as(Role.COMMITTEE)))).toBe('FORBIDDEN');
    const dup = await t.gql(
      SET_STANDARD,
      { input: { ...input, competencies: [input.competencies[0], input.competencies[0]] } },
      as(Role.ADMIN),
    );
    expect(fieldErrors(dup)).toEqual([{ field: 'competencies', rule: 'DUPLICATE' }]);
    const unknown = await t.gql(
      SET_STANDARD,
      { input: { ...input, competencies: [{ competencyId: '00000000-0000-4000-8000-000000000000', requiredLevel: 1 }] } },
      as(Role.ADMIN),
    );
    expect(fieldErrors(unknown)).toEqual([{ field: 'competencies', rule: 'NOT_FOUND' }]);
    const level = await t.gql(
      SET_STANDARD,
      { input: { ...input, competencies: [{ competencyId: m1.id, requiredLevel: 0 }] } },
      as(Role.ADMIN),
    );
    expect(errorCode(level)).toBe('BAD_USER_INPUT');
    const ok = await t.gql(SET_STANDARD, { input }, as(Role.ADMIN));
    expect(ok.data!.setPositionStandard.summary).toBe('Ringkasan baru');
    expect(ok.data!.setPositionStandard.standard.map((r: { competency: { code: string } }) => r.competency.code).sort()).toEqual([
      'M.01',
      'T.TIK.01',
    ]);
  });
});

describe('career paths', () => {
  it('walk both ways from a position, each position once, even through cycles', async () => {
    const result = await t.gql(PATHS, { positionId: await positionId('KABID') }, as(Role.LEARNER));
    const graph = result.data!.careerPaths;
    const codes = graph.nodes.map((n: { position: { code: string } }) => n.position.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(graph.nodes[0]).toMatchObject({ distance: 0, position: { code: 'KABID' } });
    const distance = (code: string) => graph.nodes.find((n: { position: { code: string } }) => n.position.code === code)?.distance;
    expect(distance('SEKCAM')).toBe(1); // KABID → SEKCAM, and SEKCAM → KABID closes a cycle
    expect(distance('KADIS')).toBeGreaterThan(0);
    expect(distance('KASUBBAG')).toBeLessThan(0);
    expect(graph.links.length).toBeGreaterThan(graph.nodes.length - 1);
  });

  it('stop at a three-position cycle built by hand', async () => {
    const a = await t.gql(CREATE_POSITION, { input: { code: 'SIKLUS-A', name: 'Siklus A', positionType: 'PELAKSANA' } }, as(Role.ADMIN));
    const b = await t.gql(CREATE_POSITION, { input: { code: 'SIKLUS-B', name: 'Siklus B', positionType: 'PELAKSANA' } }, as(Role.ADMIN));
    const c = await t.gql(CREATE_POSITION, { input: { code: 'SIKLUS-C', name: 'Siklus C', positionType: 'PELAKSANA' } }, as(Role.ADMIN));
    const [ia, ib, ic] = [a, b, c].map((r) => r.data!.createPosition.id);
    for (const [from, to] of [
      [ia, ib],
      [ib, ic],
      [ic, ia],
    ]) {
      expect((await t.gql(ADD_PATH, { input: { fromPositionId: from, toPositionId: to } }, as(Role.ADMIN))).errors).toBeUndefined();
    }
    const graph = (await t.gql(PATHS, { positionId: ia }, as(Role.ADMIN))).data!.careerPaths;
    expect(graph.nodes.map((n: { distance: number; position: { code: string } }) => [n.position.code, n.distance])).toEqual([
      ['SIKLUS-A', 0],
      ['SIKLUS-B', 1],
      ['SIKLUS-C', 2],
    ]);
    expect(graph.links).toHaveLength(3);
  });

  it('addCareerPath and removeCareerPath are admin only and reject self links, unknown positions and duplicates', async () => {
    const from = await positionId('PENGOLAH-DATA');
    const to = await positionId('PERENCANA-AM');
    const input = { fromPositionId: from, toPositionId: to, note: 'Uji kompetensi' };
    expect(errorCode(await t.gql(ADD_PATH, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ADD_PATH, { input }, as(Role.COMMITTEE)))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(ADD_PATH, { input: { ...input, toPositionId: from } }, as(Role.ADMIN)))).toEqual([
      { field: 'toPositionId', rule: 'SAME_POSITION' },
    ]);
    expect(
      fieldErrors(await t.gql(ADD_PATH, { input: { ...input, toPositionId: '00000000-0000-4000-8000-000000000000' } }, as(Role.ADMIN))),
    ).toEqual([{ field: 'toPositionId', rule: 'NOT_FOUND' }]);
    const added = await t.gql(ADD_PATH, { input }, as(Role.ADMIN));
    expect(added.data!.addCareerPath).toMatchObject({ from: { code: 'PENGOLAH-DATA' }, to: { code: 'PERENCANA-AM' } });
    expect(errorCode(await t.gql(ADD_PATH, { input }, as(Role.ADMIN)))).toBe('CONFLICT');
    const id = added.data!.addCareerPath.id;
    expect(errorCode(await t.gql(REMOVE_PATH, { input: { id } }, as(Role.TRAINER)))).toBe('FORBIDDEN');
    expect((await t.gql(REMOVE_PATH, { input: { id } }, as(Role.ADMIN))).data!.removeCareerPath).toBe(true);
    expect(await t.em().count(CareerPath, { id })).toBe(0);
    expect(errorCode(await t.gql(REMOVE_PATH, { input: { id } }, as(Role.ADMIN)))).toBe('NOT_FOUND');
  });
});

describe('viewerCan', () => {
  it('tells the client who may edit the dictionary and standards', async () => {
    const q = `query($id: ID!, $pid: ID!) { competency(id: $id) { viewerCan { edit } } position(id: $pid) { viewerCan { edit } } }`;
    const vars = { id: (await t.em().findOneOrFail(Competency, { code: 'M.01' })).id, pid: await positionId('KABID') };
    expect((await t.gql(q, vars, as(Role.ADMIN))).data).toEqual({
      competency: { viewerCan: { edit: true } },
      position: { viewerCan: { edit: true } },
    });
    expect((await t.gql(q, vars, as(Role.TRAINER))).data).toEqual({
      competency: { viewerCan: { edit: false } },
      position: { viewerCan: { edit: false } },
    });
  });
});

describe('lookups', () => {
  it('governmentAffairs lists the affairs of technical competencies, for every logged-in user', async () => {
    const result = await t.gql(`query { governmentAffairs }`, {}, as(Role.LEARNER));
    expect(result.data!.governmentAffairs).toEqual(expect.arrayContaining(['Kepegawaian', 'Kesehatan', 'Pendidikan']));
    expect(result.data!.governmentAffairs).toEqual([...result.data!.governmentAffairs].sort());
  });

  it('competency, position and careerPaths answer NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.gql(`query($id: ID!) { competency(id: $id) { id } }`, { id: unknown }, as(Role.LEARNER)))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(`query($id: ID!) { position(id: $id) { id } }`, { id: unknown }, as(Role.LEARNER)))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PATHS, { positionId: unknown }, as(Role.LEARNER)))).toBe('NOT_FOUND');
    expect(fieldErrors(await t.gql(PATHS, { positionId: 'bukan-id' }, as(Role.LEARNER)))).toEqual([
      { field: 'positionId', rule: 'isUuid' },
    ]);
  });
});

describe('reference seeding on a later start', () => {
  it('leaves a standard an administrator emptied, and the summary they cleared, as they are', async () => {
    const id = await positionId('PENATA-LAYOP');
    await t.gql(SET_STANDARD, { input: { positionId: id, summary: null, competencies: [] } }, as(Role.ADMIN));
    await seedReference(t.em(), t.config.seedsDir);
    const after = (await t.gql(POSITION, { id }, as(Role.ADMIN))).data!.position;
    expect(after).toMatchObject({ standard: [], summary: null });
  });
});
