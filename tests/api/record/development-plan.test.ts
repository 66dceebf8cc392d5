import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { Role } from '../../../api/src/common/role';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { draftItems } from '../../../api/src/modules/record/propose-development-plan';
import { SETTING_DEFINITIONS } from '../../../api/src/modules/setting/settings';
import { anOpd, aPosition, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const PLAN_FIELDS = `id year status totalJp supervisorComment targetPosition { code }
  items { competency { code } form { id } targetJp currentLevel targetLevel note organiser plannedMonth budget }
  events { action comment totalJp actorName items { competency { code } form { id } targetJp currentLevel targetLevel note } }
  viewerCan { edit decide }`;
const PROPOSE = `mutation ProposeDevelopmentPlan($input: ProposePlanInput!) { proposeDevelopmentPlan(input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE = `mutation UpdateDevelopmentPlan($input: UpdatePlanInput!) { updateDevelopmentPlan(input: $input) { ${PLAN_FIELDS} } }`;
const SUBMIT = `mutation SubmitDevelopmentPlan($input: SubmitPlanInput!) { submitDevelopmentPlan(input: $input) { ${PLAN_FIELDS} } }`;
const APPROVE = `mutation ApproveDevelopmentPlan($input: PlanDecisionInput!) { approveDevelopmentPlan(input: $input) { ${PLAN_FIELDS} } }`;
const RETURN = `mutation ReturnDevelopmentPlan($input: ReturnPlanInput!) { returnDevelopmentPlan(input: $input) { ${PLAN_FIELDS} } }`;
const PLANS = `query DevelopmentPlans($filter: PlanFilter) { developmentPlans(filter: $filter) { total items { id status employee { id } } } }`;
const PLAN = `query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { ${PLAN_FIELDS} } }`;

const YEAR = new Date().getFullYear();
let t: TestApp;
let learner: TestUser;
let pppk: TestUser;
let supervisor: TestUser;
let otherSupervisor: TestUser;
let committee: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  const pengolah = await aPosition(em, 'PENGOLAH-DATA');
  learner = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { position: pengolah }) });
  pppk = await makeUser(em, [Role.LEARNER], {
    employee: await makeEmployee(em, { position: pengolah, employeeType: EmployeeType.PPPK, rank: 'IX' }),
  });
  supervisor = await makeUser(em, [Role.SUPERVISOR]);
  otherSupervisor = await makeUser(em, [Role.SUPERVISOR]);
  committee = await makeUser(em, [Role.COMMITTEE]);
  admin = await makeUser(em, [Role.ADMIN]);
  const kominfo = await anOpd(em, 'DISKOMINFO');
  const dinkes = await anOpd(em, 'DINKES');
  await supervise(em, supervisor, [kominfo]);
  await supervise(em, otherSupervisor, [dinkes]);
});
afterAll(() => t.close());

const employeeId = (u: TestUser) => u.user.employee!.id;

describe('draftItems (the proposal rule)', () => {
  const settings = Object.fromEntries(Object.entries(SETTING_DEFINITIONS).map(([k, d]) => [k, d.default])) as never;
  const need = (code: string, type: string, gap: number) => ({
    competencyId: code,
    code,
    name: code,
    type: type as never,
    current: 1,
    required: 1 + gap,
    gap,
  });

  it('gives 8 JP per missing level, biggest gaps first, and tops a PNS plan up to 20 JP', () => {
    const items = draftItems(
      [need('M.01', 'MANAJERIAL', 1), need('T.X', 'TEKNIS', 0), need('T.Y', 'TEKNIS', 1)],
      EmployeeType.PNS,
      settings,
    );
    expect(items.map((i) => [i.competencyId, i.formId, i.targetJp])).toEqual([
      ['M.01', 5, 8],
      ['T.Y', 3, 8],
      [null, 23, 4],
    ]);
  });

  it('gives each competency item the level held (0 for none) and the level required, and writes no note', () => {
    const items = draftItems(
      [need('M.01', 'MANAJERIAL', 1), { ...need('T.Y', 'TEKNIS', 1), current: null, required: 1 }],
      EmployeeType.PNS,
      settings,
    );
    expect(items.map((i) => ({ competencyId: i.competencyId, currentLevel: i.currentLevel, targetLevel: i.targetLevel }))).toEqual([
      { competencyId: 'M.01', currentLevel: 1, targetLevel: 2 },
      { competencyId: 'T.Y', currentLevel: 0, targetLevel: 1 },
      { competencyId: null, currentLevel: undefined, targetLevel: undefined },
    ]);
    // The community top-up is known by its form (23, komunitas belajar); no item carries words.
    expect(items[2].formId).toBe(23);
    expect(items.map((i) => i.note ?? null)).toEqual([null, null, null]);
  });

  it('adds no top-up when the gaps already reach 20 JP', () => {
    const items = draftItems([need('A', 'TEKNIS', 2), need('B', 'MANAJERIAL', 1)], EmployeeType.PNS, settings);
    expect(items.reduce((s, i) => s + i.targetJp, 0)).toBe(24);
    expect(items.some((i) => i.formId === 23)).toBe(false);
  });

  it('caps a PPPK plan at 24 JP', () => {
    const items = draftItems([need('A', 'TEKNIS', 2), need('B', 'MANAJERIAL', 2)], EmployeeType.PPPK, settings);
    expect(items.map((i) => i.targetJp)).toEqual([16, 8]);
  });
});

describe('development plan flow', () => {
  let planId: string;

  it('is refused when logged out', async () => {
    expect(errorCode(await t.gql(PROPOSE, { input: { employeeId: employeeId(learner), year: YEAR } }))).toBe('UNAUTHENTICATED');
  });

  it('only the employee drafts their own plan', async () => {
    for (const who of [supervisor, admin, committee, pppk]) {
      expect(errorCode(await t.gql(PROPOSE, { input: { employeeId: employeeId(learner), year: YEAR } }, who.actor))).toBe('FORBIDDEN');
    }
  });

  it('rejects a year out of range and an unknown target', async () => {
    expect(fieldErrors(await t.gql(PROPOSE, { input: { employeeId: employeeId(learner), year: YEAR + 5 } }, learner.actor))).toEqual([
      { field: 'year', rule: 'YEAR_RANGE' },
    ]);
    const unknown = await t.gql(
      PROPOSE,
      { input: { employeeId: employeeId(learner), year: YEAR, targetPositionId: '00000000-0000-4000-8000-000000000000' } },
      learner.actor,
    );
    expect(fieldErrors(unknown)).toEqual([{ field: 'targetPositionId', rule: 'NOT_FOUND' }]);
  });

  it('drafts a plan from the gaps to the current and target positions, with at least 20 JP', async () => {
    const target = await aPosition(t.em(), 'PRANKOM-AP');
    const result = await t.gql(
      PROPOSE,
      { input: { employeeId: employeeId(learner), year: YEAR, targetPositionId: target.id } },
      learner.actor,
    );
    expect(result.errors).toBeUndefined();
    const plan = result.data!.proposeDevelopmentPlan;
    planId = plan.id;
    expect(plan).toMatchObject({
      year: YEAR,
      status: 'DRAFT',
      targetPosition: { code: 'PRANKOM-AP' },
      viewerCan: { edit: true, decide: false },
    });
    expect(plan.totalJp).toBeGreaterThanOrEqual(20);
    const codes = plan.items.map((i: { competency: { code: string } | null }) => i.competency?.code);
    expect(codes).toEqual(expect.arrayContaining(['M.01', 'T.TIK.01']));
    expect(plan.items[0].targetJp).toBe(16); // no evidence, PRANKOM-AP requires level 2 managerial: 2 levels × 8 JP
    expect(plan.items[0]).toMatchObject({ currentLevel: 0, targetLevel: 2 });
    // Every competency item names its levels as numbers; nothing is worded on the server.
    for (const item of plan.items) {
      expect(item.note).toBeNull();
      if (item.competency) expect(item.targetLevel).toBeGreaterThan(item.currentLevel);
      else expect(item).toMatchObject({ form: { id: 23 }, currentLevel: null, targetLevel: null });
    }
    expect(plan.events[0].items).toEqual(
      plan.items.map((i: Record<string, unknown>) => ({
        competency: i.competency,
        form: i.form,
        targetJp: i.targetJp,
        currentLevel: i.currentLevel,
        targetLevel: i.targetLevel,
        note: null,
      })),
    );
    expect(plan.events).toEqual([expect.objectContaining({ action: 'PROPOSED', totalJp: plan.totalJp })]);
  });

  it('refuses a second plan for the same year', async () => {
    expect(errorCode(await t.gql(PROPOSE, { input: { employeeId: employeeId(learner), year: YEAR } }, learner.actor))).toBe('CONFLICT');
  });

  it('the employee edits the items; nobody else may', async () => {
    const m01 = await t.em().findOneOrFail(Competency, { code: 'M.01' });
    const items = [
      { competencyId: m01.id, formId: 23, targetJp: 12, note: 'Kelompok pintar integritas', organiser: 'BKD', plannedMonth: 3, budget: 0 },
      { competencyId: null, formId: 16, targetJp: 6, note: 'E-learning' },
    ];
    expect(errorCode(await t.gql(UPDATE, { input: { planId, items } }, supervisor.actor))).toBe('FORBIDDEN');
    const badForm = await t.gql(UPDATE, { input: { planId, items: [{ ...items[0], formId: 99 }] } }, learner.actor);
    expect(fieldErrors(badForm)).toEqual([{ field: 'items.formId', rule: 'NOT_FOUND' }]);
    const badMonth = await t.gql(UPDATE, { input: { planId, items: [{ ...items[0], plannedMonth: 13 }] } }, learner.actor);
    expect(errorCode(badMonth)).toBe('BAD_USER_INPUT');
    const badJp = await t.gql(UPDATE, { input: { planId, items: [{ ...items[0], targetJp: 19.95 }] } }, learner.actor);
    expect(fieldErrors(badJp)).toEqual([{ field: 'items.0.targetJp', rule: 'JP_ONE_DECIMAL' }]);
    const updated = await t.gql(UPDATE, { input: { planId, items } }, learner.actor);
    expect(updated.data!.updateDevelopmentPlan).toMatchObject({ totalJp: 18, targetPosition: { code: 'PRANKOM-AP' } });
    expect(updated.data!.updateDevelopmentPlan.items[0]).toMatchObject({ organiser: 'BKD', plannedMonth: 3, form: { id: 23 } });
  });

  it('cannot be submitted with less than 20 JP for a PNS', async () => {
    const result = await t.gql(SUBMIT, { input: { planId } }, learner.actor);
    expect(fieldErrors(result)).toEqual([{ field: 'items', rule: 'MIN_JP' }]);
    expect(result.errors![0].message).toMatch(/at least 20 JP; this one has 18/);
  });

  it('is submitted at exactly 20 JP, then can no longer be edited', async () => {
    const plan = (await t.gql(PLAN, { id: planId }, learner.actor)).data!.developmentPlan;
    const items = plan.items.map((i: { competency: { code: string } | null; form: { id: number }; targetJp: number }, n: number) => ({
      competencyId: null,
      formId: i.form.id,
      targetJp: n === 0 ? 14 : i.targetJp,
    }));
    await t.gql(UPDATE, { input: { planId, items } }, learner.actor);
    expect(errorCode(await t.gql(SUBMIT, { input: { planId } }, supervisor.actor))).toBe('FORBIDDEN');
    const submitted = await t.gql(SUBMIT, { input: { planId } }, learner.actor);
    expect(submitted.data!.submitDevelopmentPlan).toMatchObject({ status: 'SUBMITTED', totalJp: 20, viewerCan: { edit: false } });
    expect(errorCode(await t.gql(UPDATE, { input: { planId, items } }, learner.actor))).toBe('CONFLICT');
    expect(errorCode(await t.gql(SUBMIT, { input: { planId } }, learner.actor))).toBe('CONFLICT');
  });

  it('is decided only by a supervisor of the employee', async () => {
    expect(errorCode(await t.gql(APPROVE, { input: { planId } }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { input: { planId } }, otherSupervisor.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { input: { planId } }, committee.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { input: { planId } }, admin.actor))).toBe('FORBIDDEN');
    const seen = await t.gql(PLAN, { id: planId }, supervisor.actor);
    expect(seen.data!.developmentPlan.viewerCan).toEqual({ edit: false, decide: true });
  });

  it('is returned only by a supervisor of the employee: not the learner, another supervisor, the committee or an admin', async () => {
    const input = { planId, comment: 'Mohon diperbaiki' };
    for (const who of [learner, otherSupervisor, committee, admin]) {
      expect(errorCode(await t.gql(RETURN, { input }, who.actor))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(RETURN, { input }))).toBe('UNAUTHENTICATED');
    expect((await t.em().findOneOrFail(DevelopmentPlan, planId)).status).toBe('SUBMITTED');
  });

  it('a decision refuses a comment over the limit and an unknown plan', async () => {
    const long = await t.gql(APPROVE, { input: { planId, comment: 'x'.repeat(2001) } }, supervisor.actor);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(long)).toEqual([{ field: 'comment', rule: 'maxLength' }]);
    expect(fieldErrors(await t.gql(RETURN, { input: { planId, comment: 'x'.repeat(2001) } }, supervisor.actor))).toEqual([
      { field: 'comment', rule: 'maxLength' },
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.gql(APPROVE, { input: { planId: unknown } }, supervisor.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(RETURN, { input: { planId: unknown, comment: 'Tidak ada' } }, supervisor.actor))).toBe('NOT_FOUND');
    expect((await t.em().findOneOrFail(DevelopmentPlan, planId)).status).toBe('SUBMITTED');
  });

  it('a return needs a comment, sends the plan back for changes, and keeps the history', async () => {
    expect(fieldErrors(await t.gql(RETURN, { input: { planId, comment: '' } }, supervisor.actor))).toEqual([
      { field: 'comment', rule: 'minLength' },
    ]);
    const returned = await t.gql(RETURN, { input: { planId, comment: 'Tambahkan pelatihan teknis' } }, supervisor.actor);
    expect(returned.data!.returnDevelopmentPlan).toMatchObject({
      status: 'RETURNED',
      supervisorComment: 'Tambahkan pelatihan teknis',
      viewerCan: { decide: false },
    });
    expect(errorCode(await t.gql(APPROVE, { input: { planId } }, supervisor.actor))).toBe('CONFLICT');
    const resubmitted = await t.gql(SUBMIT, { input: { planId } }, learner.actor);
    expect(resubmitted.data!.submitDevelopmentPlan.status).toBe('SUBMITTED');
  });

  it('is approved once; approving an approved plan is a CONFLICT', async () => {
    const approved = await t.gql(APPROVE, { input: { planId, comment: 'Setuju' } }, supervisor.actor);
    expect(approved.data!.approveDevelopmentPlan).toMatchObject({ status: 'APPROVED', supervisorComment: 'Setuju' });
    const again = await t.gql(APPROVE, { input: { planId } }, supervisor.actor);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toBe('This plan is approved and cannot be approved');
    expect(errorCode(await t.gql(RETURN, { input: { planId, comment: 'Terlambat' } }, supervisor.actor))).toBe('CONFLICT');
    const events = approved.data!.approveDevelopmentPlan.events.map((e: { action: string }) => e.action);
    expect(events).toEqual(['PROPOSED', 'EDITED', 'EDITED', 'SUBMITTED', 'RETURNED', 'SUBMITTED', 'APPROVED']);
    const returnEvent = approved.data!.approveDevelopmentPlan.events[4];
    expect(returnEvent).toMatchObject({ comment: 'Tambahkan pelatihan teknis', actorName: supervisor.user.displayName, totalJp: 20 });
  });

  it('a PPPK plan over 24 JP cannot be submitted', async () => {
    const proposed = await t.gql(PROPOSE, { input: { employeeId: employeeId(pppk), year: YEAR } }, pppk.actor);
    const id = proposed.data!.proposeDevelopmentPlan.id;
    expect(proposed.data!.proposeDevelopmentPlan.totalJp).toBeLessThanOrEqual(24);
    await t.gql(UPDATE, { input: { planId: id, items: [{ formId: 23, targetJp: 30 }] } }, pppk.actor);
    expect(fieldErrors(await t.gql(SUBMIT, { input: { planId: id } }, pppk.actor))).toEqual([{ field: 'items', rule: 'MAX_JP' }]);
  });

  it('lists plans by who may see them', async () => {
    const ids = async (u: TestUser) => (await t.gql(PLANS, {}, u.actor)).data!.developmentPlans.items.map((p: { id: string }) => p.id);
    expect(await ids(learner)).toEqual([planId]);
    expect((await ids(supervisor)).sort()).toEqual((await t.em().find(DevelopmentPlan, {})).map((p) => p.id).sort());
    expect(await ids(otherSupervisor)).toEqual([]);
    expect((await ids(committee)).length).toBe(2);
    expect(errorCode(await t.gql(PLAN, { id: planId }, pppk.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PLAN, { id: planId }, otherSupervisor.actor))).toBe('FORBIDDEN');
    const submitted = await t.gql(PLANS, { filter: { status: 'APPROVED' } }, committee.actor);
    expect(submitted.data!.developmentPlans.total).toBe(1);
  });
});

describe('plans to decide', () => {
  it('lists only submitted plans of supervised employees, never the supervisor’s own', async () => {
    const em = t.em();
    const kominfo = await anOpd(em, 'DISKOMINFO');
    const pengolah = await aPosition(em, 'PENGOLAH-DATA');
    const boss = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER], { employee: await makeEmployee(em, { position: pengolah }) });
    await supervise(em, boss, [kominfo]);
    const own = await t.gql(PROPOSE, { input: { employeeId: employeeId(boss), year: YEAR } }, boss.actor);
    await t.gql(SUBMIT, { input: { planId: own.data!.proposeDevelopmentPlan.id } }, boss.actor);
    const staff = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { position: pengolah }) });
    const theirs = await t.gql(PROPOSE, { input: { employeeId: employeeId(staff), year: YEAR } }, staff.actor);
    await t.gql(SUBMIT, { input: { planId: theirs.data!.proposeDevelopmentPlan.id } }, staff.actor);
    const listed = await t.gql(PLANS, { filter: { toDecide: true } }, boss.actor);
    expect(listed.data!.developmentPlans.items.map((p: { id: string }) => p.id)).toEqual([theirs.data!.proposeDevelopmentPlan.id]);
    expect((await t.gql(PLANS, { filter: { toDecide: true } }, committee.actor)).data!.developmentPlans.total).toBe(0);
  });

  it('a supervisor’s own plan is decided by an administrator (or another supervisor of the OPD), never by themselves', async () => {
    const em = t.em();
    const chief = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER], {
      employee: await makeEmployee(em, { opdCode: 'DINKES', position: await aPosition(em, 'PENGOLAH-DATA') }),
    });
    await supervise(em, chief, [await anOpd(em, 'DINKES')]);
    const proposed = await t.gql(PROPOSE, { input: { employeeId: employeeId(chief), year: YEAR } }, chief.actor);
    const id = proposed.data!.proposeDevelopmentPlan.id;
    const plan = (await t.gql(PLAN, { id }, chief.actor)).data!.developmentPlan;
    const items = plan.items.map((i: { form: { id: number }; targetJp: number }) => ({
      competencyId: null,
      formId: i.form.id,
      targetJp: i.targetJp,
    }));
    await t.gql(UPDATE, { input: { planId: id, items } }, chief.actor);
    expect((await t.gql(SUBMIT, { input: { planId: id } }, chief.actor)).errors).toBeUndefined();
    expect(errorCode(await t.gql(APPROVE, { input: { planId: id } }, chief.actor))).toBe('FORBIDDEN');
    expect((await t.gql(PLAN, { id }, chief.actor)).data!.developmentPlan.viewerCan).toEqual({ edit: false, decide: false });
    const queue = await t.gql(PLANS, { filter: { toDecide: true } }, admin.actor);
    expect(queue.data!.developmentPlans.items.map((p: { id: string }) => p.id)).toContain(id);
    // Plans of employees who supervise nobody stay with their supervisors.
    expect(queue.data!.developmentPlans.items.map((p: { employee: { id: string } }) => p.employee.id)).not.toContain(employeeId(learner));
    expect((await t.gql(PLAN, { id }, admin.actor)).data!.developmentPlan.viewerCan).toEqual({ edit: false, decide: true });
    const approved = await t.gql(APPROVE, { input: { planId: id, comment: 'Disetujui BKD' } }, admin.actor);
    expect(approved.data!.approveDevelopmentPlan).toMatchObject({ status: 'APPROVED', supervisorComment: 'Disetujui BKD' });
  });
});

describe("an administrator's queue of supervisors' plans", () => {
  /** A supervisor of their own OPD with a submitted plan. */
  async function submittedChief(opdCode: string): Promise<string> {
    const em = t.em();
    const chief = await makeUser(em, [Role.SUPERVISOR, Role.LEARNER], {
      employee: await makeEmployee(em, { opdCode, position: await aPosition(em, 'PENGOLAH-DATA') }),
    });
    await supervise(em, chief, [await anOpd(em, opdCode)]);
    const id = (await t.gql(PROPOSE, { input: { employeeId: employeeId(chief), year: YEAR } }, chief.actor)).data!.proposeDevelopmentPlan
      .id;
    const plan = (await t.gql(PLAN, { id }, chief.actor)).data!.developmentPlan;
    const items = plan.items.map((i: { form: { id: number }; targetJp: number }) => ({
      competencyId: null,
      formId: i.form.id,
      targetJp: i.targetJp,
    }));
    await t.gql(UPDATE, { input: { planId: id, items } }, chief.actor);
    expect((await t.gql(SUBMIT, { input: { planId: id } }, chief.actor)).errors).toBeUndefined();
    return id;
  }

  it('asks who supervises their own OPD once for the whole list, not once per plan', async () => {
    const ids = [await submittedChief('BKD'), await submittedChief('DINSOS'), await submittedChief('DISKOMINFO')];
    const QUEUE = `query Queue { developmentPlans(filter: { toDecide: true }, page: { limit: 100 }) { items { id viewerCan { decide } } } }`;
    let items: { id: string; viewerCan: { decide: boolean } }[] = [];
    const statements = await t.statements(async () => {
      items = (await t.gql(QUEUE, {}, admin.actor)).data!.developmentPlans.items;
    });
    expect(items.filter((p) => ids.includes(p.id)).map((p) => p.viewerCan.decide)).toEqual([true, true, true]);
    // One statement finds the queue, one answers every plan's viewerCan.
    expect(statements.filter((sql) => sql.includes('user_supervised_opd')).length).toBeLessThanOrEqual(2);
  });
});

describe('plan history', () => {
  it('keeps the items of each moment: submit, return, edit and resubmit leave the earlier lists as they were', async () => {
    const em = t.em();
    const author = await makeUser(em, [Role.LEARNER], {
      employee: await makeEmployee(em, { position: await aPosition(em, 'PENGOLAH-DATA') }),
    });
    const m01 = await em.findOneOrFail(Competency, { code: 'M.01' });
    const proposed = (await t.gql(PROPOSE, { input: { employeeId: employeeId(author), year: YEAR } }, author.actor)).data!
      .proposeDevelopmentPlan;
    const id = proposed.id;
    const first = [
      { competencyId: m01.id, formId: 23, targetJp: 12, currentLevel: 1, targetLevel: 3, note: 'Kelompok pintar integritas' },
      { competencyId: null, formId: 16, targetJp: 8, note: 'E-learning' },
    ];
    await t.gql(UPDATE, { input: { planId: id, items: first } }, author.actor);
    expect((await t.gql(SUBMIT, { input: { planId: id } }, author.actor)).errors).toBeUndefined();
    await t.gql(RETURN, { input: { planId: id, comment: 'Ganti e-learning dengan bimtek' } }, supervisor.actor);
    const second = [first[0], { competencyId: null, formId: 8, targetJp: 10, note: 'Bimbingan teknis' }];
    await t.gql(UPDATE, { input: { planId: id, items: second } }, author.actor);
    const resubmitted = (await t.gql(SUBMIT, { input: { planId: id } }, author.actor)).data!.submitDevelopmentPlan;

    const events = resubmitted.events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['PROPOSED', 'EDITED', 'SUBMITTED', 'RETURNED', 'EDITED', 'SUBMITTED']);
    const firstList = [
      { competency: { code: 'M.01' }, form: { id: 23 }, targetJp: 12, currentLevel: 1, targetLevel: 3, note: 'Kelompok pintar integritas' },
      { competency: null, form: { id: 16 }, targetJp: 8, currentLevel: null, targetLevel: null, note: 'E-learning' },
    ];
    const secondList = [
      firstList[0],
      { competency: null, form: { id: 8 }, targetJp: 10, currentLevel: null, targetLevel: null, note: 'Bimbingan teknis' },
    ];
    expect(events[0].items).toEqual(
      proposed.items.map((i: Record<string, unknown>) => ({
        competency: i.competency,
        form: i.form,
        targetJp: i.targetJp,
        currentLevel: i.currentLevel,
        targetLevel: i.targetLevel,
        note: i.note,
      })),
    );
    expect(events[1].items).toEqual(firstList);
    expect(events[2]).toMatchObject({ totalJp: 20, items: firstList });
    expect(events[3]).toMatchObject({ comment: 'Ganti e-learning dengan bimtek', items: firstList });
    expect(events[4]).toMatchObject({ totalJp: 22, items: secondList });
    expect(events[5]).toMatchObject({ totalJp: 22, items: secondList });
    expect(resubmitted.items.map((i: { note: string }) => i.note)).toEqual(['Kelompok pintar integritas', 'Bimbingan teknis']);
  });

  it('reads the items of every event with as many queries for a long history as for a short one', async () => {
    const query = `query($id: ID!) { developmentPlan(id: $id) { events { items { competency { code } form { name } targetJp } } } }`;
    const [long, short] = await Promise.all([
      t.em().findOneOrFail(DevelopmentPlan, { employee: employeeId(learner) }),
      t.em().findOneOrFail(DevelopmentPlan, { employee: employeeId(pppk) }),
    ]);
    const events = async (id: string) => (await t.gql(query, { id }, committee.actor)).data!.developmentPlan.events;
    expect((await events(long.id)).length).toBe(7);
    expect((await events(short.id)).length).toBe(2);
    const queries = async (id: string) => t.countQueries(() => t.gql(query, { id }, committee.actor));
    expect(await queries(long.id)).toBe(await queries(short.id));
  });
});

describe('the levels of a plan item', () => {
  it('an edit keeps the levels of an item; levels out of range, out of order or without a competency are refused', async () => {
    const em = t.em();
    const author = await makeUser(em, [Role.LEARNER], {
      employee: await makeEmployee(em, { position: await aPosition(em, 'PENGOLAH-DATA') }),
    });
    const planId = (await t.gql(PROPOSE, { input: { employeeId: employeeId(author), year: YEAR } }, author.actor)).data!
      .proposeDevelopmentPlan.id;
    const m01 = await em.findOneOrFail(Competency, { code: 'M.01' });
    const item = { competencyId: m01.id, formId: 5, targetJp: 8, currentLevel: 1, targetLevel: 2, note: 'Diklat kepemimpinan' };
    expect(errorCode(await t.gql(UPDATE, { input: { planId, items: [item] } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE, { input: { planId, items: [item] } }, supervisor.actor))).toBe('FORBIDDEN');
    const refused = async (patch: Record<string, unknown>) =>
      fieldErrors(await t.gql(UPDATE, { input: { planId, items: [{ ...item, ...patch }] } }, author.actor));
    expect(await refused({ targetLevel: 6 })).toEqual([{ field: 'items.0.targetLevel', rule: 'max' }]);
    expect(await refused({ currentLevel: null, targetLevel: 0 })).toEqual([{ field: 'items.0.targetLevel', rule: 'min' }]);
    expect(await refused({ currentLevel: 2, targetLevel: 2 })).toEqual([{ field: 'items.0.targetLevel', rule: 'ABOVE_CURRENT_LEVEL' }]);
    expect(await refused({ currentLevel: 3, targetLevel: 2 })).toEqual([{ field: 'items.0.targetLevel', rule: 'ABOVE_CURRENT_LEVEL' }]);
    expect(await refused({ currentLevel: -1 })).toEqual([{ field: 'items.0.currentLevel', rule: 'min' }]);
    expect(await refused({ targetLevel: null })).toEqual([{ field: 'items.0.currentLevel', rule: 'TARGET_LEVEL_REQUIRED' }]);
    expect(await refused({ competencyId: null })).toEqual([{ field: 'items.0.targetLevel', rule: 'COMPETENCY_REQUIRED' }]);
    expect(await refused({ targetLevel: 2.5 })).toEqual([{ field: 'items.0.targetLevel', rule: 'TYPE' }]);

    const kept = await t.gql(UPDATE, { input: { planId, items: [item, { ...item, currentLevel: null, targetLevel: 4 }] } }, author.actor);
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateDevelopmentPlan.items).toEqual([
      expect.objectContaining({ competency: { code: 'M.01' }, currentLevel: 1, targetLevel: 2, note: 'Diklat kepemimpinan' }),
      expect.objectContaining({ currentLevel: null, targetLevel: 4 }),
    ]);
    expect(
      kept
        .data!.updateDevelopmentPlan.events.at(-1)
        .items.map((i: { currentLevel: number; targetLevel: number }) => [i.currentLevel, i.targetLevel]),
    ).toEqual([
      [1, 2],
      [null, 4],
    ]);
  });
});

describe('reading plans: bad input and unknown ids', () => {
  it('developmentPlan answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect(errorCode(await t.gql(PLAN, { id: '00000000-0000-4000-8000-000000000000' }, committee.actor))).toBe('NOT_FOUND');
    expect(fieldErrors(await t.gql(PLAN, { id: 'rencana-1' }, committee.actor))).toEqual([{ field: 'id', rule: 'isUuid' }]);
  });

  it('developmentPlans refuses a year out of range', async () => {
    expect(fieldErrors(await t.gql(PLANS, { filter: { year: 1999 } }, committee.actor))).toEqual([{ field: 'year', rule: 'min' }]);
    expect(fieldErrors(await t.gql(PLANS, { filter: { year: 2101 } }, learner.actor))).toEqual([{ field: 'year', rule: 'max' }]);
    expect((await t.gql(PLANS, { filter: { year: YEAR } }, learner.actor)).data!.developmentPlans.total).toBe(1);
  });
});
