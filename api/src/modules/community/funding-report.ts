import { floorJp, jpTenths } from '@komunitas-pintar/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { assertCan, BadInputError } from '../../common/errors';
import { Role } from '../identity/role';
import { GroupFunding, GroupStatus, MemberResult, MemberStatus } from './community.enums';
import type { CommunityFundingReport, FundingFigures, FundingSourceReport, GroupFundingRow } from './community.types';

interface Row {
  id: string;
  name: string;
  status: GroupStatus;
  funding: GroupFunding;
  cost_per_participant: number;
  participant_share_percent: number | null;
  participants: string;
  credited_tenths: string | null;
}

/** Rupiah per JP (rounded to the rupiah), null while nothing is credited. */
function perJp(totalCost: number, creditedJp: number): number | null {
  return creditedJp > 0 ? Math.round(totalCost / creditedJp) : null;
}

function figures(participants: number, totalCost: number, creditedTenths: number): FundingFigures {
  const creditedJp = floorJp(creditedTenths / 10);
  return { participants, totalCost, creditedJp, costPerJp: perJp(totalCost, creditedJp) };
}

/** The share of a group's cost the regency pays. */
function regencyShare(funding: GroupFunding, total: number, participantSharePercent: number | null): number {
  if (funding === GroupFunding.APBD) return total;
  if (funding === GroupFunding.COST_SHARING) return Math.round((total * (100 - (participantSharePercent ?? 0))) / 100);
  return 0;
}

/**
 * Cost per participant and cost per JP actually credited to the ledger, per funding source, for
 * the approved, running and completed groups whose planned span touches `year`. Participants of a
 * completed group are its members credited on completion; of a group not yet completed, its active
 * members. Credited JP are the JP of the ledger records the completion created. One query.
 */
export async function communityFundingReport(em: EntityManager, actor: Actor, year: number): Promise<CommunityFundingReport> {
  assertCan(hasRole(actor, Role.ADMIN, Role.COMMITTEE), 'Only BKD and the career committee read the funding report');
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw BadInputError.field('year', 'OUT_OF_RANGE', 'A year between 2000 and 2100');
  const rows: Row[] = await em.getConnection().execute(
    `select g.id, g.name, g.status, g.funding, g.cost_per_participant, g.participant_share_percent,
            count(m.id) filter (where case when g.status = ? then m.result = ? and m.completed_at is not null else m.status = ? end) as participants,
            sum(round(r.jp * 10)) as credited_tenths
       from community_group g
       left join group_member m on m.group_id = g.id
       left join learning_record r on r.id = m.learning_record_id
      where g.status in (?, ?, ?) and g.planned_start <= ? and g.planned_end >= ?
      group by g.id
      order by g.planned_start, g.name`,
    [
      GroupStatus.COMPLETED,
      MemberResult.COMPLETED,
      MemberStatus.ACTIVE,
      GroupStatus.APPROVED,
      GroupStatus.RUNNING,
      GroupStatus.COMPLETED,
      `${year}-12-31`,
      `${year}-01-01`,
    ],
  );
  const groups: GroupFundingRow[] = [];
  const sources = new Map<GroupFunding, { groups: number; participants: number; totalCost: number; tenths: number; regencyCost: number }>(
    Object.values(GroupFunding).map((f) => [f, { groups: 0, participants: 0, totalCost: 0, tenths: 0, regencyCost: 0 }]),
  );
  for (const row of rows) {
    const participants = Number(row.participants);
    const totalCost = participants * row.cost_per_participant;
    const tenths = jpTenths(Number(row.credited_tenths ?? 0) / 10);
    groups.push({
      groupId: row.id,
      name: row.name,
      status: row.status,
      funding: row.funding,
      costPerParticipant: row.cost_per_participant,
      figures: figures(participants, totalCost, tenths),
    });
    const source = sources.get(row.funding)!;
    source.groups++;
    source.participants += participants;
    source.totalCost += totalCost;
    source.tenths += tenths;
    source.regencyCost += regencyShare(row.funding, totalCost, row.participant_share_percent);
  }
  const bySource: FundingSourceReport[] = [...sources].map(([funding, s]) => ({
    funding,
    groups: s.groups,
    figures: figures(s.participants, s.totalCost, s.tenths),
    costPerParticipant: s.participants ? Math.round(s.totalCost / s.participants) : null,
    regencyCost: s.regencyCost,
  }));
  const all = [...sources.values()].reduce((a, s) => ({ p: a.p + s.participants, c: a.c + s.totalCost, t: a.t + s.tenths }), {
    p: 0,
    c: 0,
    t: 0,
  });
  return { year, sources: bySource, total: figures(all.p, all.c, all.t), groups };
}
