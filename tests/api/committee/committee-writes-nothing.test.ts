import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { QuizAttempt } from '../../../api/src/modules/assessment/quiz.entity';
import { SavedSearch } from '../../../api/src/modules/committee/saved-search.entity';
import { CommunityGroup, GroupMember } from '../../../api/src/modules/community/community-group.entity';
import { GroupStatus } from '../../../api/src/modules/community/community.enums';
import { GroupSession } from '../../../api/src/modules/community/group-session.entity';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { AssessmentMethod } from '../../../api/src/modules/competency/competency.enums';
import { CompetencyEvidenceProposal } from '../../../api/src/modules/competency/evidence-proposal.entity';
import { toActor } from '../../../api/src/modules/identity/identity.service';
import { User } from '../../../api/src/modules/identity/user.entity';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { LearningClaim } from '../../../api/src/modules/record/learning-claim.entity';
import { PositionHeld } from '../../../api/src/modules/organisation/position-held.entity';
import { FundingSource } from '../../../api/src/modules/record/record.enums';
import type { Actor } from '../../../api/src/common/actor';
import { setupDemoApp } from '../../support/demo-database';
import { errorCode, type TestApp } from '../../support/test-app';

/**
 * Committee members read across employees but write nothing about other people: every mutation,
 * asked by the committee role, answers FORBIDDEN, except the few that act on the member's own
 * account and learning (as a PNS) or own saved searches; those, pointed at another person's
 * records, answer FORBIDDEN too. The cases run on the demo data (groups, sessions, claims, plans,
 * quiz attempts of other people).
 */

// Loading every module's demo data takes minutes on a busy 2-core machine.
jest.setTimeout(600_000);

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../../schema/schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/**
 * Mutations the committee role may call for itself: its own session and password, its own
 * learning (enrolling, lessons, quizzes, evaluating modules it completed and groups it took part
 * in, claims, plans, groups it joins) and its saved searches.
 */
const OWN = new Set([
  'login',
  'logout',
  'changePassword',
  'enrollInModule',
  'completeLesson',
  'recordLessonHeartbeat',
  'startQuizAttempt',
  'saveQuizAnswer',
  'submitQuizAttempt',
  'submitEvaluation',
  'skipEvaluation',
  'submitGroupEvaluation',
  'skipGroupEvaluation',
  'createLearningClaim',
  'updateLearningClaim',
  'proposeDevelopmentPlan',
  'updateDevelopmentPlan',
  'submitDevelopmentPlan',
  'applyToCommunityGroup',
  'leaveCommunityGroup',
  'checkInToSession',
  'checkOutOfSession',
  'saveSearch',
  'deleteSavedSearch',
  // Acts whose rule is the actor's place in a record (its supervisor, the group's trainer or
  // monitor): open to every role, they answer by the record; the cases below point them at others'.
  'approveLearningClaim',
  'rejectLearningClaim',
  'returnLearningClaim',
  'approveDevelopmentPlan',
  'returnDevelopmentPlan',
  'recordCompetencyAssessment',
  'acceptCompetencyEvidence',
  'declineCompetencyEvidence',
  'startCommunityGroup',
  'cancelCommunityGroup',
  'decideGroupApplication',
  'addGroupMember',
  'planGroupSession',
  'openGroupSession',
  'closeGroupSession',
  'markAttendance',
  'fileSessionReport',
  'acknowledgeSessionReport',
  'proposeMemberResult',
  'setMemberNotes',
  'completeCommunityGroup',
]);

const UUID = '00000000-0000-4000-8000-000000000001';

/** A value of the type that passes GraphQL's coercion (the service may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return UUID;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return new Date().toISOString();
      default:
        return 'Teks uji';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** The operation and variables asking one mutation with sample arguments. */
function operation(name: string, input?: Record<string, unknown>): { query: string; variables: Record<string, unknown> } {
  const field = schema.getMutationType()!.getFields()[name];
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  // `input` is the value of an argument named input, or else the arguments by name.
  const given = (name: string) => (!input ? undefined : name === 'input' ? input : input[name]);
  const variables = Object.fromEntries(field.args.map((a) => [a.name, given(a.name) ?? sample(a.type)]));
  return { query: `mutation${vars ? `(${vars})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`, variables };
}

let t: TestApp;
let committee: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await setupDemoApp();
  const em = t.em();
  const komite = await em.findOneOrFail(User, { username: 'komite' }, { populate: ['employee'] });
  committee = toActor(komite);
  const peserta = await em.findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] });
  ids.other = peserta.employee!.id;
  const claim = em.create(LearningClaim, {
    employee: peserta.employee!,
    form: 9,
    title: 'Seminar Nasional SPBE',
    startDate: '2026-02-02',
    endDate: '2026-02-03',
    funding: FundingSource.APBD,
    submittedBy: peserta,
    submittedAt: new Date(),
  });
  await em.flush();
  ids.claim = claim.id;
  const plan = await em.findOneOrFail(DevelopmentPlan, { employee: { $ne: komite.employee!.id } }, { orderBy: { createdAt: 'asc' } });
  ids.plan = plan.id;
  const member = await em.findOneOrFail(
    GroupMember,
    { employee: { $ne: komite.employee!.id } },
    { populate: ['group'], orderBy: { createdAt: 'asc' } },
  );
  ids.group = member.group.id;
  ids.member = member.employee.id;
  const session = await em.findOneOrFail(GroupSession, { group: { $ne: null } }, { orderBy: { createdAt: 'asc' } });
  ids.session = session.id;
  ids.sessionGroup = session.group.id;
  const attempt = await em.findOneOrFail(QuizAttempt, { employee: { $ne: komite.employee!.id } }, { orderBy: { createdAt: 'asc' } });
  ids.attempt = attempt.id;
  ids.competency = (await em.findOneOrFail(Competency, { code: 'M.01' })).id;
  const proposal = em.create(CompetencyEvidenceProposal, {
    employee: peserta.employee!,
    competency: ids.competency,
    level: 3,
    method: AssessmentMethod.TRAINING,
    sourceId: UUID,
    sourceTitle: 'Modul orang lain',
    earnedOn: '2026-03-02',
  });
  await em.flush();
  ids.proposal = proposal.id;
  const admin = await em.findOneOrFail(User, { username: 'admin' });
  const theirs = em.create(SavedSearch, { ownerId: admin.id, name: 'Milik orang lain', filter: {} });
  await em.flush();
  ids.savedSearch = theirs.id;
  ids.placement = (await em.findOneOrFail(PositionHeld, { employee: peserta.employee!.id, toDate: null })).id;
  expect(await em.count(CommunityGroup, { id: ids.group })).toBe(1);
  const completed = await em.findOneOrFail(CommunityGroup, { status: GroupStatus.COMPLETED });
  expect(await em.count(GroupMember, { group: completed, employee: komite.employee!.id })).toBe(0);
  ids.completedGroup = completed.id;
});
afterAll(() => t.close());

describe('the committee role writes nothing about other people', () => {
  const others = mutations.map((m) => m.name).filter((name) => !OWN.has(name));

  it('lists the mutations it may call for itself, each one still in the schema', () => {
    expect([...OWN].filter((name) => !mutations.some((m) => m.name === name))).toEqual([]);
    expect(others.length).toBeGreaterThan(40);
  });

  it.each(others)('%s answers FORBIDDEN', async (name) => {
    const { query, variables } = operation(name);
    const result = await t.gql(query, variables, committee);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  /** Each act of the member's own kind, pointed at another person's record. */
  const cases: [string, () => Record<string, unknown>][] = [
    [
      'createLearningClaim',
      () => ({
        employeeId: ids.other,
        title: 'Seminar',
        formId: 9,
        funding: 'APBD',
        startDate: '2026-03-02',
        endDate: '2026-03-02',
        hours: 2,
        international: false,
      }),
    ],
    [
      'updateLearningClaim',
      () => ({
        claimId: ids.claim,
        title: 'Seminar',
        formId: 9,
        funding: 'APBD',
        startDate: '2026-03-02',
        endDate: '2026-03-02',
        hours: 2,
        international: false,
      }),
    ],
    ['approveLearningClaim', () => ({ claimId: ids.claim })],
    ['rejectLearningClaim', () => ({ claimId: ids.claim, reason: 'Bukti tidak lengkap' })],
    ['returnLearningClaim', () => ({ claimId: ids.claim, reason: 'Lengkapi bukti' })],
    ['proposeDevelopmentPlan', () => ({ employeeId: ids.other, year: 2027 })],
    ['updateDevelopmentPlan', () => ({ planId: ids.plan, items: [] })],
    ['submitDevelopmentPlan', () => ({ planId: ids.plan })],
    ['approveDevelopmentPlan', () => ({ planId: ids.plan })],
    ['returnDevelopmentPlan', () => ({ planId: ids.plan, comment: 'Perbaiki' })],
    ['recordCompetencyAssessment', () => ({ employeeId: ids.other, competencyId: ids.competency, level: 3, method: 'SUPERVISOR' })],
    ['acceptCompetencyEvidence', () => ({ id: ids.proposal })],
    ['declineCompetencyEvidence', () => ({ id: ids.proposal })],
    ['startCommunityGroup', () => ({ groupId: ids.group })],
    ['cancelCommunityGroup', () => ({ groupId: ids.group, reason: 'Dibatalkan' })],
    ['decideGroupApplication', () => ({ groupId: ids.group, employeeId: ids.member, accept: false })],
    ['addGroupMember', () => ({ groupId: ids.group, employeeId: ids.other })],
    ['proposeMemberResult', () => ({ groupId: ids.group, employeeId: ids.member, result: 'NOT_COMPLETED' })],
    ['setMemberNotes', () => ({ groupId: ids.group, employeeId: ids.member, notes: 'Catatan' })],
    ['completeCommunityGroup', () => ({ groupId: ids.group })],
    ['submitGroupEvaluation', () => ({ groupId: ids.completedGroup, answers: [{ itemId: 'relevan', value: 4 }] })],
    ['skipGroupEvaluation', () => ({ groupId: ids.completedGroup })],
    [
      'planGroupSession',
      () => ({
        groupId: ids.sessionGroup,
        topic: 'Sesi',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      }),
    ],
    ['openGroupSession', () => ({ sessionId: ids.session })],
    ['closeGroupSession', () => ({ sessionId: ids.session })],
    ['markAttendance', () => ({ sessionId: ids.session, employeeId: ids.member, reason: 'Hadir tanpa kode' })],
    ['fileSessionReport', () => ({ sessionId: ids.session, report: 'Laporan sesi' })],
    ['acknowledgeSessionReport', () => ({ sessionId: ids.session })],
  ];

  it("has a case on another person's record for every act open to every role", () => {
    const covered = new Set([...cases.map(([name]) => name), 'deleteSavedSearch', 'saveQuizAnswer', 'submitQuizAttempt']);
    const ownOnly = [
      'login',
      'logout',
      'changePassword',
      'enrollInModule',
      'completeLesson',
      'recordLessonHeartbeat',
      'startQuizAttempt',
      // A module is evaluated by the one who completed it: no other person's record can be named.
      'submitEvaluation',
      'skipEvaluation',
      'applyToCommunityGroup',
      'leaveCommunityGroup',
      'checkInToSession',
      'checkOutOfSession',
      'saveSearch',
    ];
    expect([...OWN].filter((name) => !covered.has(name) && !ownOnly.includes(name))).toEqual([]);
  });

  it.each(cases)("%s on another person's record answers FORBIDDEN", async (name, input) => {
    const { query, variables } = operation(name, input());
    const result = await t.gql(query, variables, committee);
    expect(result.errors?.[0]?.message).toBeDefined();
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  // The assessment module answers another person's quiz attempt as if it did not exist.
  it.each([
    ['saveQuizAnswer', () => ({ attemptId: ids.attempt, questionId: UUID, truth: true })],
    ['submitQuizAttempt', () => ({ attemptId: ids.attempt })],
  ] as [string, () => Record<string, unknown>][])(
    "%s on another person's attempt answers NOT_FOUND (its existence is not revealed)",
    async (name, input) => {
      const { query, variables } = operation(name, input());
      expect(errorCode(await t.gql(query, variables, committee))).toBe('NOT_FOUND');
    },
  );

  it("correctPlacementStart of another person's position held answers FORBIDDEN and leaves its start", async () => {
    const before = await t.em().findOneOrFail(PositionHeld, ids.placement);
    const { query, variables } = operation('correctPlacementStart', {
      placementId: ids.placement,
      expectedFromDate: before.fromDate,
      fromDate: '2020-01-02',
      reason: 'Koreksi TMT jabatan',
    });
    expect(errorCode(await t.gql(query, variables, committee))).toBe('FORBIDDEN');
    expect((await t.em().findOneOrFail(PositionHeld, ids.placement, { refresh: true })).fromDate).toBe(before.fromDate);
  });

  it("deleteSavedSearch of another member's search answers FORBIDDEN", async () => {
    const result = await t.gql('mutation($id: ID!) { deleteSavedSearch(id: $id) }', { id: ids.savedSearch }, committee);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
