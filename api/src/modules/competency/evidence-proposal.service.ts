import { randomUUID } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, ConflictError, NotFoundError } from '../../common/errors';
import { User } from '../identity/user.entity';
import { employeeScope, readableEmployee } from '../organisation/employee-access';
import { readSetting } from '../setting/setting.service';
import { CompetencyAssessment } from './competency-assessment.entity';
import { Competency } from './competency.entity';
import { AssessmentMethod, ProposalStatus } from './competency.enums';
import { competencyPolicy } from './competency.policy';
import { CompetencyEvidenceProposal } from './evidence-proposal.entity';
import { addYears, decidingEvidence } from './level-rule';

/** A completed training that builds competencies: what `proposeTrainingEvidence` is told. */
export interface TrainingCompleted {
  employeeId: string;
  /** The course module version completed. */
  sourceId: string;
  sourceTitle: string;
  /** YYYY-MM-DD */
  completedOn: string;
  /** The levels it builds. */
  competencies: { competencyId: string; level: number }[];
}

/**
 * Proposes the levels a completed training builds as evidence (method TRAINING), each waiting to be
 * accepted: nothing changes a level until then. Not proposed again: a level the employee already
 * holds (by their current evidence), a competency this source already proposed, and a level that
 * another source proposed and that still waits for a decision (one decision settles it; the
 * proposal keeps the source that proposed it first). The last is enforced by a unique index on the
 * waiting proposals, so two trainings completed at the same moment propose it once: the second
 * insert waits for the first and is skipped. Called in the completing transaction; returns the
 * ids of the proposals made.
 */
export async function proposeTrainingEvidence(em: EntityManager, completed: TrainingCompleted, clock: Clock): Promise<string[]> {
  if (!completed.competencies.length) return [];
  const today = clock.today();
  const ids = completed.competencies.map((c) => c.competencyId);
  // One after the other: the completing transaction's one connection runs one statement at a time.
  const evidence = await em.find(CompetencyAssessment, { employee: completed.employeeId, competency: { $in: ids } });
  const earlier = await em.find(
    CompetencyEvidenceProposal,
    {
      employee: completed.employeeId,
      competency: { $in: ids },
      $or: [{ sourceId: completed.sourceId }, { status: ProposalStatus.PROPOSED }],
    },
    { fields: ['competency', 'level', 'sourceId', 'status'] },
  );
  const now = clock.now();
  const rows = [];
  for (const { competencyId, level } of completed.competencies) {
    const mine = earlier.filter((p) => p.competency.id === competencyId);
    if (mine.some((p) => p.sourceId === completed.sourceId || (p.status === ProposalStatus.PROPOSED && p.level === level))) continue;
    const current = decidingEvidence(
      evidence.filter((e) => e.competency.id === competencyId),
      today,
    );
    if (current && current.level >= level) continue;
    rows.push({
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      employee: completed.employeeId,
      competency: competencyId,
      level,
      method: AssessmentMethod.TRAINING,
      sourceId: completed.sourceId,
      sourceTitle: completed.sourceTitle,
      earnedOn: completed.completedOn,
      status: ProposalStatus.PROPOSED,
    });
  }
  if (!rows.length) return [];
  // A proposal another transaction made meanwhile (same source, or the same waiting level) wins.
  const made: { id: string }[] = await em
    .createQueryBuilder(CompetencyEvidenceProposal)
    .insert(rows)
    .onConflict()
    .ignore()
    .returning('id')
    .execute('all');
  return made.map((r) => r.id);
}

/** Evidence proposals on a profile: read, accepted, declined. */
export class EvidenceProposalService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** The employee's proposals waiting for a decision, newest first. */
  async pending(actor: Actor, employeeId: string): Promise<CompetencyEvidenceProposal[]> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    assertCan(competencyPolicy.readProfile(actor, employee, await employeeScope(this.em, actor)));
    return this.em.find(
      CompetencyEvidenceProposal,
      { employee, status: ProposalStatus.PROPOSED },
      { orderBy: { earnedOn: 'desc', createdAt: 'desc' } },
    );
  }

  /**
   * The proposals `proposeTrainingEvidence` just made (its returned ids) that are the actor's own,
   * for telling a learner what finishing a training proposed: highest level first, then in the
   * order they were made. No ids, no statement.
   */
  async made(actor: Actor, ids: readonly string[]): Promise<CompetencyEvidenceProposal[]> {
    if (!ids.length || !actor.employeeId) return [];
    const proposals = await this.em.find(CompetencyEvidenceProposal, { id: { $in: [...ids] }, employee: actor.employeeId });
    const order = new Map(ids.map((id, i) => [id, i]));
    return proposals.sort((a, b) => b.level - a.level || order.get(a.id)! - order.get(b.id)!);
  }

  /** A proposal the actor may decide, still waiting: NOT_FOUND, FORBIDDEN or CONFLICT otherwise. */
  private async decidable(actor: Actor, id: string): Promise<CompetencyEvidenceProposal> {
    const proposal = await this.em.findOne(CompetencyEvidenceProposal, id);
    if (!proposal) throw new NotFoundError('Evidence proposal', id);
    const employee = await readableEmployee(this.em, actor, proposal.employee.id);
    assertCan(competencyPolicy.decideProposal(actor, employee, await employeeScope(this.em, actor)), 'You may not decide on this evidence');
    if (proposal.status !== ProposalStatus.PROPOSED) throw new ConflictError(`The proposal was already ${proposal.status.toLowerCase()}`);
    return proposal;
  }

  /**
   * Accepts a proposal: records its evidence (its method and level, assessed on the day it was
   * earned, valid for the validity window from then), which then counts by the level rule.
   */
  async accept(actor: Actor, id: string): Promise<CompetencyEvidenceProposal> {
    const proposal = await this.decidable(actor, id);
    const competency = await this.em.findOne(Competency, { id: proposal.competency.id, active: true });
    if (!competency) throw new ConflictError('The competency is no longer in use');
    const years = await readSetting(this.em, 'competency.validityYears');
    const assessment = this.em.create(CompetencyAssessment, {
      employee: proposal.employee,
      competency,
      level: proposal.level,
      method: proposal.method,
      assessedOn: proposal.earnedOn,
      validUntil: addYears(proposal.earnedOn, years),
      evidence: proposal.sourceTitle,
      assessor: actor.userId,
    });
    proposal.status = ProposalStatus.ACCEPTED;
    proposal.assessment = ref(assessment);
    proposal.decidedAt = this.clock.now();
    proposal.decidedBy = ref(User, actor.userId);
    await this.em.flush();
    return proposal;
  }

  /** Declines a proposal: no evidence is recorded, and the same source does not propose it again. */
  async decline(actor: Actor, id: string): Promise<CompetencyEvidenceProposal> {
    const proposal = await this.decidable(actor, id);
    proposal.status = ProposalStatus.DECLINED;
    proposal.decidedAt = this.clock.now();
    proposal.decidedBy = ref(User, actor.userId);
    await this.em.flush();
    return proposal;
  }
}
