import type { EntityManager } from '@mikro-orm/postgresql';
import type { GapRecommender, GapRecommendationData } from '../record/gap-recommenders';
import { RecommendationKind } from '../record/compliance.enums';
import { CommunityGroup, GroupCompetency, GroupMember } from './community-group.entity';
import { GroupStatus, JoinPolicy } from './community.enums';

/**
 * Approved or running groups an employee may apply to (any OPD, or the employee's OPD among those
 * listed) that build competencies of their gaps, leaving out groups they already belong to or
 * applied to; three statements whatever the number of employees.
 */
export const recommendGroupsForGaps: GapRecommender = async (em: EntityManager, gaps, employees) => {
  const competencyIds = [...new Set(employees.flatMap((e) => (gaps.get(e.id) ?? []).map((g) => g.competencyId)))];
  const result = new Map<string, GapRecommendationData[]>();
  if (!competencyIds.length) return result;
  const rows = await em.find(
    GroupCompetency,
    {
      competency: { $in: competencyIds },
      group: {
        status: { $in: [GroupStatus.APPROVED, GroupStatus.RUNNING] },
        joinPolicy: { $in: [JoinPolicy.ANY_OPD, JoinPolicy.LISTED_OPDS] },
      },
    },
    { populate: ['group', 'group.openToOpds'] },
  );
  if (!rows.length) return result;
  const groupIds = [...new Set(rows.map((r) => r.group.id))];
  const memberships = await em.find(
    GroupMember,
    { group: { $in: groupIds }, employee: { $in: employees.map((e) => e.id) } },
    { fields: ['group', 'employee'] },
  );
  const joined = new Set(memberships.map((m) => `${m.employee.id}:${m.group.id}`));
  const byCompetency = new Map<string, GroupCompetency[]>();
  for (const row of rows) byCompetency.set(row.competency.id, [...(byCompetency.get(row.competency.id) ?? []), row]);
  for (const employee of employees) {
    const byGroup = new Map<string, GapRecommendationData>();
    for (const need of gaps.get(employee.id) ?? []) {
      for (const row of byCompetency.get(need.competencyId) ?? []) {
        const group: CommunityGroup = row.group.getEntity();
        if (joined.has(`${employee.id}:${group.id}`)) continue;
        if (group.joinPolicy === JoinPolicy.LISTED_OPDS && !group.openToOpds.getItems().some((o) => o.id === employee.opdId)) continue;
        const closes = Math.min(row.level, need.requiredLevel) - (need.currentLevel ?? 0);
        if (closes <= 0) continue;
        const entry = byGroup.get(group.id) ?? {
          kind: RecommendationKind.GROUP,
          id: group.id,
          title: group.name,
          jp: null,
          closesLevels: 0,
          competencyCodes: [],
        };
        entry.closesLevels += closes;
        entry.competencyCodes.push(need.code);
        byGroup.set(group.id, entry);
      }
    }
    result.set(
      employee.id,
      [...byGroup.values()].map((r) => ({ ...r, competencyCodes: r.competencyCodes.sort() })),
    );
  }
  return result;
};
