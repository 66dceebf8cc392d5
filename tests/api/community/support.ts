import type { Actor } from '../../../api/src/common/actor';
import type { TestApp } from '../../support/test-app';

export const GROUP_FIELDS = `id name purpose status mode joinPolicy capacity plannedStart plannedEnd plannedSessions
  funding costPerParticipant participantSharePercent budgetReference decisionReason memberCount
  groupTrainer { id name opdName } groupMonitor { id name opdName } opd { code } openToOpds { code }
  competencies { level competency { id name } }
  viewer { roles can { edit propose decide start cancel apply leave addMember decideApplications readRoster runSessions monitor } }
  myMembership { status }`;

export const CREATE = `mutation CreateCommunityGroup($input: CreateGroupInput!) { createCommunityGroup(input: $input) { ${GROUP_FIELDS} } }`;
export const UPDATE = `mutation UpdateCommunityGroup($input: UpdateGroupInput!) { updateCommunityGroup(input: $input) { ${GROUP_FIELDS} } }`;
export const PROPOSE = `mutation ProposeCommunityGroup($input: GroupIdInput!) { proposeCommunityGroup(input: $input) { id status } }`;
export const APPROVE = `mutation ApproveCommunityGroup($input: GroupIdInput!) { approveCommunityGroup(input: $input) { id status } }`;
export const RETURN = `mutation ReturnCommunityGroup($input: GroupReasonInput!) { returnCommunityGroup(input: $input) { id status decisionReason history { action reason actorName } } }`;
export const START = `mutation StartCommunityGroup($input: GroupIdInput!) { startCommunityGroup(input: $input) { id status } }`;
export const CANCEL = `mutation CancelCommunityGroup($input: GroupReasonInput!) { cancelCommunityGroup(input: $input) { id status decisionReason } }`;
export const APPLY = `mutation ApplyToCommunityGroup($input: GroupIdInput!) { applyToCommunityGroup(input: $input) { status groupId employee { id } } }`;
export const DECIDE_APPLICATION = `mutation DecideGroupApplication($input: DecideApplicationInput!) { decideGroupApplication(input: $input) { status joinedAt } }`;
export const ADD_MEMBER = `mutation AddGroupMember($input: GroupMemberInput!) { addGroupMember(input: $input) { status employee { id name } } }`;
export const LEAVE = `mutation LeaveCommunityGroup($input: GroupIdInput!) { leaveCommunityGroup(input: $input) { status } }`;
export const GROUP = `query CommunityGroup($id: ID!) { communityGroup(id: $id) { ${GROUP_FIELDS} } }`;
export const ROSTER = `query GroupRoster($id: ID!) { communityGroup(id: $id) { members { status employee { id name } } } }`;
export const GROUPS = `query CommunityGroups($filter: GroupFilter, $page: PageInput) { communityGroups(filter: $filter, page: $page) { total items { id name status memberCount } } }`;

export function groupInput(monitorId: string, extra: object = {}) {
  return {
    name: 'Kelompok Analisis Data',
    purpose: 'Belajar bersama mengolah data layanan publik dengan lembar kerja.',
    groupMonitorId: monitorId,
    capacity: 3,
    joinPolicy: 'ANY_OPD',
    mode: 'BLENDED',
    plannedStart: '2026-12-01',
    plannedEnd: '2026-12-31',
    plannedSessions: 4,
    funding: 'MANDIRI',
    costPerParticipant: 0,
    ...extra,
  };
}

async function ok<T = any>(t: TestApp, query: string, variables: object, actor: Actor): Promise<T> {
  const result = await t.gql(query, variables as Record<string, unknown>, actor);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** A group brought to `status` through the real operations; returns its id. */
export async function groupIn(
  t: TestApp,
  status: 'DRAFT' | 'PROPOSED' | 'APPROVED' | 'RUNNING' | 'CANCELLED',
  people: { trainer: Actor; monitorEmployeeId: string; admin: Actor },
  extra: object = {},
): Promise<string> {
  const { id } = (await ok(t, CREATE, { input: groupInput(people.monitorEmployeeId, extra) }, people.trainer)).createCommunityGroup;
  if (status === 'CANCELLED') {
    await ok(t, CANCEL, { input: { groupId: id, reason: 'Tidak ada peminat' } }, people.trainer);
    return id;
  }
  if (status === 'DRAFT') return id;
  await ok(t, PROPOSE, { input: { groupId: id } }, people.trainer);
  if (status === 'PROPOSED') return id;
  await ok(t, APPROVE, { input: { groupId: id } }, people.admin);
  if (status === 'APPROVED') return id;
  await ok(t, START, { input: { groupId: id } }, people.trainer);
  return id;
}

export { ok };
