import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, yearOf } from '../../common/dates';
import { assertCan, BadInputError } from '../../common/errors';
import { floorJp } from '@komunitas-pintar/domain';
import { CompetencyType } from '../competency/competency.enums';
import { CompetencyProfileService } from '../competency/competency-profile.service';
import { findEmployee } from '../organisation/employee-access';
import { EmployeeType } from '../organisation/organisation.enums';
import { Position } from '../organisation/position.entity';
import { readSettings, type Settings } from '../setting/setting.service';
import type { DevelopmentPlan } from './development-plan.entity';
import type { PlanItemInput, ProposePlanInput } from './development-plan.inputs';
import { DevelopmentPlanService, totalJp } from './development-plan.service';
import { recordPolicy } from './record.policy';

/** SIASN forms a proposal uses: classical training by competency type, and the learning community. */
const PROPOSAL_FORMS: Record<CompetencyType, number> = {
  [CompetencyType.TEKNIS]: 3,
  [CompetencyType.MANAJERIAL]: 5,
  [CompetencyType.SOSIAL_KULTURAL]: 6,
};
const COMMUNITY_FORM = 23;

interface Need {
  competencyId: string;
  code: string;
  type: CompetencyType;
  current: number | null;
  required: number;
  gap: number;
}

/**
 * Turns competency needs into plan items: one item per missing competency, `jpPerLevelGap` JP
 * per missing level, largest gaps first, each carrying the level held and the level to reach. A
 * PNS plan is topped up to the yearly target with a learning-community item; a PPPK plan is
 * trimmed to the yearly maximum. The note is left to the learner: the client words an item from
 * its levels and its form.
 */
export function draftItems(needs: Need[], employeeType: EmployeeType, settings: Settings): PlanItemInput[] {
  const items: PlanItemInput[] = needs
    .filter((n) => n.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code))
    .map((n) => ({
      competencyId: n.competencyId,
      formId: PROPOSAL_FORMS[n.type],
      targetJp: floorJp(n.gap * settings['plan.jpPerLevelGap']),
      currentLevel: n.current ?? 0,
      targetLevel: n.required,
      note: null,
    }));
  if (employeeType === EmployeeType.PNS) {
    const missing = floorJp(settings['jp.pnsYearlyTarget'] - totalJp(items));
    if (missing > 0) {
      items.push({ competencyId: null, formId: COMMUNITY_FORM, targetJp: missing, note: null });
    }
  } else {
    let room = settings['jp.pppkYearlyMax'];
    for (const item of items) {
      item.targetJp = floorJp(Math.min(item.targetJp, room));
      room = floorJp(room - item.targetJp);
    }
    return items.filter((i) => i.targetJp > 0);
  }
  return items;
}

/**
 * Drafts an employee's yearly plan from their gaps to the current position and, when given,
 * to a target position (the larger gap per competency counts).
 */
export async function proposeDevelopmentPlan(
  em: EntityManager,
  actor: Actor,
  input: ProposePlanInput,
  clock: Clock,
): Promise<DevelopmentPlan> {
  const employee = await findEmployee(em, input.employeeId);
  assertCan(recordPolicy.proposePlan(actor, employee), 'Only the employee drafts their own plan');
  const thisYear = yearOf(clock.today());
  if (input.year < thisYear - 1 || input.year > thisYear + 1) {
    throw BadInputError.field('year', 'YEAR_RANGE', `Plans are made for ${thisYear - 1} to ${thisYear + 1}`);
  }
  const target = input.targetPositionId ? await em.findOne(Position, input.targetPositionId) : null;
  if (input.targetPositionId && !target) throw BadInputError.field('targetPositionId', 'NOT_FOUND', 'No position with this id');

  const current = employee.position ? await employee.position.load() : null;
  const gaps = await new CompetencyProfileService(em, clock).gapsTo(actor, employee, [current ?? null, target]);
  const needs = new Map<string, Need>();
  for (const gap of gaps) {
    for (const item of gap.items) {
      const known = needs.get(item.competency.id);
      if (!known || item.gap > known.gap) {
        needs.set(item.competency.id, {
          competencyId: item.competency.id,
          code: item.competency.code,
          type: item.competency.type,
          current: item.currentLevel,
          required: item.requiredLevel,
          gap: item.gap,
        });
      }
    }
  }
  const settings = await readSettings(em);
  const items = draftItems([...needs.values()], employee.employeeType, settings);
  return new DevelopmentPlanService(em, clock).createDraft(actor, employee, input.year, target, items);
}
