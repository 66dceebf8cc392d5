import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { PageInput } from '../../common/paging';
import { EmployeeHistoryInput, TalentSearchInput, TalentSort } from './committee.inputs';
import { COMMITTEE_READERS } from './committee.policy';
import { CommitteeService } from './committee.service';
import { EmployeeHistory, TalentSearchResult } from './committee.types';

@Resolver()
export class CommitteeResolver {
  @Authorized(COMMITTEE_READERS)
  @Query(() => TalentSearchResult, { description: 'Employees meeting every condition, with the facts that matched (audited)' })
  talentSearch(
    @Ctx() ctx: Context,
    @Arg('input', () => TalentSearchInput) input: TalentSearchInput,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => TalentSort, { nullable: true }) sort?: TalentSort,
  ): Promise<TalentSearchResult> {
    return new CommitteeService(ctx.em, ctx.clock).talentSearch(requireActor(ctx), input, page ?? new PageInput(), sort ?? TalentSort.NAME);
  }

  @Authorized(COMMITTEE_READERS)
  @Query(() => EmployeeHistory, { description: "One employee's positions, learning, assessments and plans across years (audited)" })
  employeeHistory(@Ctx() ctx: Context, @Arg('input', () => EmployeeHistoryInput) input: EmployeeHistoryInput): Promise<EmployeeHistory> {
    return new CommitteeService(ctx.em, ctx.clock).employeeHistory(requireActor(ctx), input);
  }
}
