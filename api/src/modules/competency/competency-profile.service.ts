import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { StoredFile } from '../file/stored-file.entity';
import { Employee } from '../organisation/employee.entity';
import type { Position } from '../organisation/position.entity';
import { readSetting } from '../setting/setting.service';
import { Competency } from './competency.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import type { CompetencyGapInput, RecordAssessmentInput } from './competency.inputs';
import type { CompetencyGap, CompetencyProfile, GapItem } from './competency.types';
import { competencyPolicy } from './competency.policy';
import { assertReadable, employeeScope, findEmployee, readableEmployee } from '../organisation/employee-access';
import { gapInputs } from './gap-read-model';
import { addYears, decidingEvidence } from './level-rule';
import { PositionCompetency } from './position-competency.entity';

/** Σ min(current, required) / Σ required, in whole percent; null without requirements. */
function gapScore(items: Pick<GapItem, 'requiredLevel' | 'currentLevel'>[]): number | null {
  const required = items.reduce((s, i) => s + i.requiredLevel, 0);
  if (required === 0) return null;
  const reached = items.reduce((s, i) => s + Math.min(i.currentLevel ?? 0, i.requiredLevel), 0);
  return Math.round((100 * reached) / required);
}

/** The gap to one position's standard rows, given the deciding evidence per competency. */
function gapOf(
  employee: Employee,
  position: Position | null,
  standard: PositionCompetency[],
  deciding: Map<string, CompetencyAssessment>,
): CompetencyGap {
  const items: GapItem[] = standard.map((row) => {
    const evidence = deciding.get(row.competency.id) ?? null;
    const currentLevel = evidence?.level ?? null;
    return {
      competency: row.competency.getEntity(),
      requiredLevel: row.requiredLevel,
      currentLevel,
      gap: Math.max(0, row.requiredLevel - (currentLevel ?? 0)),
      evidence,
    };
  });
  items.sort((a, b) => b.gap - a.gap || a.competency.code.localeCompare(b.competency.code));
  return {
    employee,
    position,
    items,
    summary: {
      required: items.length,
      met: items.filter((i) => i.gap === 0).length,
      totalGap: items.reduce((s, i) => s + i.gap, 0),
      score: gapScore(items),
    },
  };
}

/** The deciding evidence of each competency among an employee's assessments (see `decidingEvidence`). */
function decidingByCompetency(all: CompetencyAssessment[], today: string): Map<string, CompetencyAssessment> {
  const byCompetency = new Map<string, CompetencyAssessment[]>();
  for (const a of all) {
    const list = byCompetency.get(a.competency.id) ?? [];
    list.push(a);
    byCompetency.set(a.competency.id, list);
  }
  const deciding = new Map<string, CompetencyAssessment>();
  for (const [id, list] of byCompetency) {
    const best = decidingEvidence(list, today);
    if (best) deciding.set(id, best);
  }
  return deciding;
}

/** Employees' competency profiles: evidence, current levels and gaps to positions. */
export class CompetencyProfileService {
  /** The clock decides which evidence has expired and what "today" is for new assessments. */
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Every assessment of the employee, newest first (optionally of one competency). */
  async assessments(actor: Actor, employeeId: string, competencyId?: string): Promise<CompetencyAssessment[]> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    return this.em.find(
      CompetencyAssessment,
      { employee, ...(competencyId ? { competency: competencyId } : {}) },
      { orderBy: { assessedOn: 'desc', createdAt: 'desc' } },
    );
  }

  /** The deciding evidence per competency for one employee, from one query. */
  private async currentEvidence(employee: Employee): Promise<{ deciding: Map<string, CompetencyAssessment>; counts: Map<string, number> }> {
    const all = await this.em.find(CompetencyAssessment, { employee });
    const counts = new Map<string, number>();
    for (const a of all) counts.set(a.competency.id, (counts.get(a.competency.id) ?? 0) + 1);
    return { deciding: decidingByCompetency(all, this.clock.today()), counts };
  }

  async profile(actor: Actor, employeeId: string): Promise<CompetencyProfile> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    const { deciding, counts } = await this.currentEvidence(employee);
    const standard = employee.position ? await this.em.find(PositionCompetency, { position: employee.position.id }) : [];
    const required = new Map(standard.map((s) => [s.competency.id, s.requiredLevel]));
    const ids = new Set([...counts.keys(), ...required.keys()]);
    const competencies = await this.em.find(Competency, { id: { $in: [...ids] } }, { orderBy: { type: 'asc', code: 'asc' } });
    return {
      employee,
      items: competencies.map((competency) => ({
        competency,
        currentLevel: deciding.get(competency.id)?.level ?? null,
        requiredLevel: required.get(competency.id) ?? null,
        evidence: deciding.get(competency.id) ?? null,
        assessmentCount: counts.get(competency.id) ?? 0,
      })),
    };
  }

  /**
   * The gap of an employee to a position's standard (their own position's by default), from one
   * statement of plain rows (see `gapInputs`).
   */
  async gap(actor: Actor, input: CompetencyGapInput): Promise<CompetencyGap> {
    const inputs = await gapInputs(this.em, input.employeeId, input.positionId ?? null);
    if (!inputs) throw new NotFoundError('Employee', input.employeeId);
    await assertReadable(this.em, actor, inputs.employee);
    if (input.positionId && !inputs.position) throw BadInputError.field('positionId', 'NOT_FOUND', 'No position with this id');
    const deciding = decidingByCompetency(inputs.assessments, this.clock.today());
    return gapOf(inputs.employee, inputs.position, inputs.standard, deciding);
  }

  /**
   * The gaps of an employee to several positions' standards, without access checks (for
   * commands): the evidence and the standards are each read once.
   */
  async gapsTo(_actor: Actor, employee: Employee, positions: (Position | null)[]): Promise<CompetencyGap[]> {
    const ids = positions.flatMap((p) => (p ? [p.id] : []));
    const standards = ids.length ? await this.em.find(PositionCompetency, { position: { $in: ids } }, { populate: ['competency'] }) : [];
    const { deciding } = await this.currentEvidence(employee);
    return positions.map((position) =>
      gapOf(
        employee,
        position,
        standards.filter((row) => row.position.id === position?.id),
        deciding,
      ),
    );
  }

  async recordAssessment(actor: Actor, input: RecordAssessmentInput): Promise<CompetencyAssessment> {
    const employee = await findEmployee(this.em, input.employeeId);
    const scope = await employeeScope(this.em, actor);
    assertCan(
      competencyPolicy.assess(actor, employee, input.method, scope),
      `You may not record a ${input.method} assessment for this employee`,
    );
    const competency = await this.em.findOne(Competency, { id: input.competencyId, active: true });
    if (!competency) throw BadInputError.field('competencyId', 'NOT_FOUND', 'No active competency with this id');
    const today = this.clock.today();
    const assessedOn = input.assessedOn ?? today;
    if (assessedOn > today) throw BadInputError.field('assessedOn', 'FUTURE_DATE', 'The assessment date cannot be in the future');
    const years = await readSetting(this.em, 'competency.validityYears');
    const validUntil = input.validUntil ?? addYears(assessedOn, years);
    if (validUntil < assessedOn) {
      throw BadInputError.field('validUntil', 'BEFORE_ASSESSMENT', 'The evidence cannot expire before the assessment date');
    }
    if (input.evidenceFileId) {
      const file = await this.em.findOne(StoredFile, input.evidenceFileId);
      if (!file || file.uploadedBy.id !== actor.userId) {
        throw BadInputError.field('evidenceFileId', 'NOT_FOUND', 'No file you uploaded has this id');
      }
    }
    const assessment = this.em.create(CompetencyAssessment, {
      employee,
      competency,
      level: input.level,
      method: input.method,
      assessedOn,
      validUntil,
      evidence: input.evidence?.trim() || null,
      evidenceFile: input.evidenceFileId ?? null,
      assessor: actor.userId,
    });
    await this.em.flush();
    return assessment;
  }
}
