import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { assertCan, ForbiddenError, NotFoundError } from '../../common/errors';
import type { DomainEvents } from '../../common/events';
import { groupExists } from '../../common/group-lookup';
import { assessmentPolicy, type CompletedGroupRelation } from './assessment.policy';
import { CompletedGroup, EvaluationSubmission } from './evaluation.entity';
import { conflict, EvaluationService } from './evaluation.service';
import { EVALUATION_LIMITS, type GroupEvaluation, type GroupEvaluationResults, type SubmitGroupEvaluationInput } from './evaluation.types';
import { learnersGainIn } from './quiz-statistics';

/**
 * Keeps a group community completed (its `groupCompleted`), inside community's transaction; a
 * repeated event changes nothing.
 */
export async function keepCompletedGroup(em: EntityManager, event: DomainEvents['groupCompleted']): Promise<void> {
  if (await em.count(CompletedGroup, { id: event.groupId })) return;
  em.create(CompletedGroup, {
    id: event.groupId,
    name: event.name,
    groupTrainer: event.groupTrainerId,
    groupMonitor: event.groupMonitorId,
    participantIds: [...event.participantIds],
    materialModuleIds: [...event.materialModuleIds],
    completedAt: event.completedAt,
  });
}

function relationTo(actor: Actor, group: CompletedGroup): CompletedGroupRelation {
  const me = actor.employeeId;
  return {
    participant: me !== null && group.participantIds.includes(me),
    groupTrainer: me !== null && group.groupTrainer.id === me,
    groupMonitor: me !== null && group.groupMonitor.id === me,
  };
}

/**
 * Kirkpatrick levels 1 and 2 after a smart community group: its participants evaluate the trainer
 * and the programme once, with the module evaluations' form and storage (`EvaluationService`: the
 * answers kept apart from who gave them, read only in aggregate); its trainer, its monitor and the
 * administrators read the aggregate and the participants' pre-test → post-test gain in the group's
 * material. The module knows a group only once it completed (`CompletedGroup`).
 */
export class GroupEvaluationService {
  private readonly evaluations: EvaluationService;

  constructor(private readonly em: EntityManager) {
    this.evaluations = new EvaluationService(em);
  }

  /** The completed group; null for a group that has not completed; NOT_FOUND for no such group. */
  private async completedGroup(groupId: string): Promise<CompletedGroup | null> {
    const group = await this.em.findOne(CompletedGroup, groupId);
    if (!group && !(await groupExists(this.em, groupId))) throw new NotFoundError('Community group', groupId);
    return group;
  }

  /**
   * What the viewer may do with the group's evaluation, and the form when they may evaluate; null
   * until the group completes, and for viewers who neither took part in it, led it, monitored it
   * nor administer; NOT_FOUND for no such group.
   */
  async forViewer(actor: Actor, groupId: string): Promise<GroupEvaluation | null> {
    const group = await this.completedGroup(groupId);
    if (!group) return null;
    const relation = relationTo(actor, group);
    const readResults = assessmentPolicy.readGroupEvaluation(actor, relation);
    if (!relation.participant && !readResults) return null;
    const may = assessmentPolicy.evaluateGroup(actor, relation);
    const submitted = may ? await this.em.findOne(EvaluationSubmission, { employee: actor.employeeId!, group: group.id }) : null;
    // A participant who declined is neither asked again nor shown as having evaluated.
    const evaluated = !!submitted && !submitted.skipped;
    const evaluate = may && !submitted;
    return {
      groupId: group.id,
      title: group.name,
      evaluated,
      viewerCan: { evaluate, readResults },
      items: evaluate ? await this.evaluations.template() : [],
      commentMax: EVALUATION_LIMITS.commentMax,
    };
  }

  /**
   * Keeps a participant's one evaluation of a completed group. No such group: NOT_FOUND; not
   * completed: CONFLICT, reason `NOT_COMPLETED`; not a participant: FORBIDDEN; a second one:
   * CONFLICT, reason `ALREADY_EVALUATED`.
   */
  async submit(actor: Actor, input: SubmitGroupEvaluationInput): Promise<GroupEvaluation> {
    const group = await this.toEvaluate(actor, input.groupId);
    const response = await this.evaluations.answersOf(input);
    await this.evaluations.keep(actor.employeeId!, { group: group.id }, response);
    return (await this.forViewer(actor, group.id))!;
  }

  /** A participant declines to evaluate a completed group; it is not asked again. Refused as `submit` is. */
  async skip(actor: Actor, groupId: string): Promise<GroupEvaluation> {
    const group = await this.toEvaluate(actor, groupId);
    await this.evaluations.keep(actor.employeeId!, { group: group.id }, null);
    return (await this.forViewer(actor, group.id))!;
  }

  /** The completed group the actor took part in: NOT_FOUND, CONFLICT (`NOT_COMPLETED`) or FORBIDDEN otherwise. */
  private async toEvaluate(actor: Actor, groupId: string): Promise<CompletedGroup> {
    if (!actor.employeeId) throw new ForbiddenError('Only participants evaluate groups');
    const group = await this.completedGroup(groupId);
    if (!group) throw conflict('NOT_COMPLETED', 'A group is evaluated once it has completed');
    assertCan(assessmentPolicy.evaluateGroup(actor, relationTo(actor, group)), 'Only the group’s participants evaluate it');
    return group;
  }

  /** The group's evaluation in aggregate and its participants' learning gain, for its trainer, monitor and administrators. */
  async results(actor: Actor, groupId: string): Promise<GroupEvaluationResults> {
    const group = await this.em.findOne(CompletedGroup, groupId);
    if (!group) throw new NotFoundError('Completed group', groupId);
    assertCan(
      assessmentPolicy.readGroupEvaluation(actor, relationTo(actor, group)),
      'Only the group’s trainer and monitor and administrators see its evaluation',
    );
    return {
      groupId: group.id,
      title: group.name,
      participants: group.participantIds.length,
      ...(await this.evaluations.aggregate({ group: group.id })),
      learningGain: await learnersGainIn(this.em, group.materialModuleIds, group.participantIds),
    };
  }
}
