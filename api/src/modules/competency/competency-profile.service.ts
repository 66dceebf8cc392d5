import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, systemClock } from '../../common/dates';
import { BadInputError, NotFoundError } from '../../common/errors';
import { assertCan } from '../organisation/organisation.policy';
import { StoredFile } from '../file/stored-file.entity';
import { Employee } from '../organisation/employee.entity';
import { Position } from '../organisation/position.entity';
import { SettingService } from '../setting/setting.service';
import { Competency } from './competency.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import type { CompetencyGap, CompetencyGapInput, CompetencyProfile, GapItem, RecordAssessmentInput } from './competency.inputs';
import { competencyPolicy, type EmployeeScope } from './competency.policy';
import { addYears, decidingEvidence } from './level-rule';
import { PositionCompetency } from './position-competency.entity';
import { supervisedOpdIds } from './supervision';

/** Σ min(current, required) / Σ required, in whole percent; null without requirements. */
export function gapScore(items: Pick<GapItem, 'requiredLevel' | 'currentLevel'>[]): number | null {
  const required = items.reduce((s, i) => s + i.requiredLevel, 0);
  if (required === 0) return null;
  const reached = items.reduce((s, i) => s + Math.min(i.currentLevel ?? 0, i.requiredLevel), 0);
  return Math.round((100 * reached) / required);
}

/** Employees' competency profiles: evidence, current levels and gaps to positions. */
export class CompetencyProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock = systemClock(),
  ) {}

  async scope(actor: Actor): Promise<EmployeeScope> {
    return { supervisedOpds: await supervisedOpdIds(this.em, actor) };
  }

  /** Loads an employee the actor may read, or fails with NOT_FOUND / FORBIDDEN. */
  async readableEmployee(actor: Actor, employeeId: string): Promise<{ employee: Employee; scope: EmployeeScope }> {
    const employee = await this.em.findOne(Employee, employeeId);
    if (!employee) throw new NotFoundError('Employee', employeeId);
    const scope = await this.scope(actor);
    assertCan(competencyPolicy.readEmployee(actor, employee, scope), "You may not see this employee's competencies");
    return { employee, scope };
  }

  /** Every assessment of the employee, newest first (optionally of one competency). */
  async assessments(actor: Actor, employeeId: string, competencyId?: string): Promise<CompetencyAssessment[]> {
    const { employee } = await this.readableEmployee(actor, employeeId);
    return this.em.find(
      CompetencyAssessment,
      { employee, ...(competencyId ? { competency: competencyId } : {}) },
      { orderBy: { assessedOn: 'desc', createdAt: 'desc' } },
    );
  }

  /** The deciding evidence per competency for one employee, from one query. */
  private async currentEvidence(employee: Employee): Promise<{ deciding: Map<string, CompetencyAssessment>; counts: Map<string, number> }> {
    const all = await this.em.find(CompetencyAssessment, { employee });
    const byCompetency = new Map<string, CompetencyAssessment[]>();
    for (const a of all) {
      const list = byCompetency.get(a.competency.id) ?? [];
      list.push(a);
      byCompetency.set(a.competency.id, list);
    }
    const today = this.clock.today();
    const deciding = new Map<string, CompetencyAssessment>();
    const counts = new Map<string, number>();
    for (const [id, list] of byCompetency) {
      counts.set(id, list.length);
      const best = decidingEvidence(list, today);
      if (best) deciding.set(id, best);
    }
    return { deciding, counts };
  }

  async profile(actor: Actor, employeeId: string): Promise<CompetencyProfile> {
    const { employee } = await this.readableEmployee(actor, employeeId);
    const { deciding, counts } = await this.currentEvidence(employee);
    const standard = employee.position
      ? await this.em.find(PositionCompetency, { position: employee.position.id })
      : [];
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

  async gap(actor: Actor, input: CompetencyGapInput): Promise<CompetencyGap> {
    const { employee } = await this.readableEmployee(actor, input.employeeId);
    const positionId = input.positionId ?? employee.position?.id;
    const position = positionId ? await this.em.findOne(Position, positionId) : null;
    if (input.positionId && !position) throw BadInputError.field('positionId', 'NOT_FOUND', 'No position with this id');
    return this.gapTo(employee, position);
  }

  /** The gap of an employee to a position's standard, without access checks (for commands). */
  async gapTo(employee: Employee, position: Position | null): Promise<CompetencyGap> {
    const standard = position
      ? await this.em.find(PositionCompetency, { position }, { populate: ['competency'] })
      : [];
    const { deciding } = await this.currentEvidence(employee);
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

  async recordAssessment(actor: Actor, input: RecordAssessmentInput): Promise<CompetencyAssessment> {
    const employee = await this.em.findOne(Employee, input.employeeId);
    if (!employee) throw new NotFoundError('Employee', input.employeeId);
    const scope = await this.scope(actor);
    assertCan(
      competencyPolicy.assess(actor, employee, input.method, scope),
      `You may not record a ${input.method} assessment for this employee`,
    );
    const competency = await this.em.findOne(Competency, { id: input.competencyId, active: true });
    if (!competency) throw BadInputError.field('competencyId', 'NOT_FOUND', 'No active competency with this id');
    const today = this.clock.today();
    const assessedOn = input.assessedOn ?? today;
    if (assessedOn > today) throw BadInputError.field('assessedOn', 'FUTURE_DATE', 'The assessment date cannot be in the future');
    const years = await new SettingService(this.em).get('competency.validityYears');
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
