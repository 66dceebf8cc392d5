import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { employeeScope, findEmployee } from '../organisation/employee-access';
import { CompetencyAssessment } from './competency-assessment.entity';
import { Competency } from './competency.entity';
import { ProposalStatus } from './competency.enums';
import { competencyPolicy } from './competency.policy';
import { CompetencyEvidenceProposal } from './evidence-proposal.entity';
import { EvidenceProposalService } from './evidence-proposal.service';

@Resolver(() => CompetencyEvidenceProposal)
export class EvidenceProposalResolver {
  @Authorized()
  @Query(() => [CompetencyEvidenceProposal], {
    description: 'Evidence proposed by completed trainings, waiting to be accepted or declined, newest first',
  })
  competencyEvidenceProposals(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string): Promise<CompetencyEvidenceProposal[]> {
    return new EvidenceProposalService(ctx.em, ctx.clock).pending(requireActor(ctx), employeeId);
  }

  @Authorized()
  @Mutation(() => CompetencyEvidenceProposal, {
    description:
      'Accepts proposed evidence: it is recorded (its method and level, dated the day it was earned) and counts by the level rule',
  })
  acceptCompetencyEvidence(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CompetencyEvidenceProposal> {
    return new EvidenceProposalService(ctx.em, ctx.clock).accept(requireActor(ctx), id);
  }

  @Authorized()
  @Mutation(() => CompetencyEvidenceProposal, { description: 'Declines proposed evidence: nothing is recorded' })
  declineCompetencyEvidence(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CompetencyEvidenceProposal> {
    return new EvidenceProposalService(ctx.em, ctx.clock).decline(requireActor(ctx), id);
  }

  @FieldResolver(() => Competency)
  competency(@Root() p: CompetencyEvidenceProposal): Promise<Competency> {
    return p.competency.load() as Promise<Competency>;
  }

  @FieldResolver(() => CompetencyAssessment, { nullable: true, description: 'The evidence recorded when it was accepted' })
  assessment(@Root() p: CompetencyEvidenceProposal): Promise<CompetencyAssessment | null> {
    return p.assessment ? (p.assessment.load() as Promise<CompetencyAssessment>) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may accept or decline it (while it waits)' })
  async viewerCanDecide(@Root() p: CompetencyEvidenceProposal, @Ctx() ctx: Context): Promise<boolean> {
    if (p.status !== ProposalStatus.PROPOSED) return false;
    const actor = requireActor(ctx);
    return competencyPolicy.decideProposal(actor, await findEmployee(ctx.em, p.employee.id), await employeeScope(ctx.em, actor));
  }
}
