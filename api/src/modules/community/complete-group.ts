import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { assertCan, BadInputError } from '../../common/errors';
import { emitDomainEvent } from '../../common/events';
import { LearningRecord } from '../record/learning-record.entity';
import { creditLedger } from '../record/ledger.service';
import { RecordSource, RecordStatus } from '../record/record.enums';
import { attendedMinutes } from './check-in-code';
import { CommunityGroup, GroupEvent, GroupMember } from './community-group.entity';
import { GroupAction, GroupStatus, MemberResult, MemberStatus } from './community.enums';
import { communityPolicy } from './community.policy';
import { assertFits, CommunityService } from './community.service';
import { Attendance, GroupSession } from './group-session.entity';

/** Komunitas belajar (SIASN jenis diklat 23): actual attended time, at most 2 JP a day. */
export const COMMUNITY_FORM_ID = 23;

/** A member's attended minutes on each local date, from their attendance of the group's sessions. */
export async function minutesByDate(
  em: EntityManager,
  groupId: string,
  employeeIds: string[],
  timeZone: string,
): Promise<Map<string, Record<string, number>>> {
  const sessions = await em.find(GroupSession, { group: groupId });
  const rows =
    employeeIds.length && sessions.length
      ? await em.find(Attendance, { session: { $in: sessions.map((s) => s.id) }, employee: { $in: employeeIds } })
      : [];
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const result = new Map<string, Record<string, number>>(employeeIds.map((id) => [id, {}]));
  for (const row of rows) {
    const session = byId.get(row.session.id)!;
    const minutes = attendedMinutes(session, row);
    if (!minutes) continue;
    const date = localDate(session.startsAt, timeZone);
    const perDate = result.get(row.employee.id)!;
    perDate[date] = (perDate[date] ?? 0) + minutes;
  }
  return result;
}

/**
 * The group monitor approves the trainer's results and completes the group, in one transaction:
 * each member the trainer proposed as completed is credited under form 23 (komunitas belajar) from
 * their attended minutes per date, through the JP ledger and its daily cap, with the record linked
 * to the group; the group becomes COMPLETED; `groupMemberCompleted` is emitted per completed member,
 * then `groupCompleted` once with the participants (every active member) and the material.
 * The group's row lock makes concurrent approvals wait: the first completes, the others find the
 * group COMPLETED (CONFLICT) and credit nothing. The ledger credits a member once per group anyway.
 */
export async function completeGroup(em: EntityManager, actor: Actor, groupId: string, clock: Clock): Promise<CommunityGroup> {
  return em.transactional(async (tx) => {
    const { group, relation } = await new CommunityService(tx, clock).load(actor, groupId, tx, true);
    assertCan(communityPolicy.monitor(actor, relation), 'Only the group monitor approves the results');
    assertFits(group, 'complete');
    const members = await tx.find(
      GroupMember,
      { group, status: MemberStatus.ACTIVE },
      { populate: ['employee'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const missing = members.filter((m) => !m.result);
    if (missing.length) {
      throw BadInputError.field(
        'groupId',
        'RESULTS_MISSING',
        `The group trainer has not proposed a result for ${missing.length} member(s)`,
      );
    }
    const now = clock.now();
    const completed = members.filter((m) => m.result === MemberResult.COMPLETED);
    const minutes = await minutesByDate(
      tx,
      group.id,
      completed.map((m) => m.employee.id),
      clock.timeZone,
    );
    const organiser = (await group.opd.load())?.name ?? null;
    for (const member of completed) {
      const perDate = minutes.get(member.employee.id)!;
      const dates = Object.keys(perDate).sort();
      let recordId: string | null = null;
      if (dates.length) {
        const { record } = await creditLedger(tx, {
          employeeId: member.employee.id,
          source: RecordSource.GROUP,
          sourceId: group.id,
          formId: COMMUNITY_FORM_ID,
          title: group.name,
          organiser,
          startDate: dates[0],
          endDate: dates[dates.length - 1],
          dates,
          minutes: Object.values(perDate).reduce((a, b) => a + b, 0),
          minutesOnDates: perDate,
          status: RecordStatus.APPROVED,
        });
        recordId = record.id;
        member.learningRecord = ref(LearningRecord, record.id);
      }
      member.completedAt = now;
      await emitDomainEvent(
        'groupMemberCompleted',
        { groupId: group.id, employeeId: member.employee.id, learningRecordId: recordId, completedAt: now, score: member.score ?? null },
        { em: tx, clock },
      );
    }
    await group.materials.init();
    await emitDomainEvent(
      'groupCompleted',
      {
        groupId: group.id,
        name: group.name,
        groupTrainerId: group.groupTrainer.id,
        groupMonitorId: group.groupMonitor.id,
        participantIds: members.map((m) => m.employee.id),
        materialModuleIds: group.materials.getIdentifiers() as string[],
        completedAt: now,
      },
      { em: tx, clock },
    );
    group.status = GroupStatus.COMPLETED;
    group.completedAt = now;
    tx.create(GroupEvent, { group, action: GroupAction.COMPLETED, actor: actor.userId, at: now, reason: null });
    await tx.flush();
    return group;
  });
}
