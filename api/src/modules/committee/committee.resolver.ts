import type { ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@komunitas-pintar/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/role';
import { type Context, requireActor } from '../../common/context';
import { byKeys, requestLoader } from '../../common/loaders';
import { AuditLogEntry } from '../audit/audit.types';
import { Employee } from '../organisation/employee.entity';
import { PageInput } from '../../common/paging';
import {
  EmployeeHistoryInput,
  ImportTalentRatingsInput,
  RecordTalentRatingInput,
  SaveSearchInput,
  TalentPoolInput,
  TalentSearchInput,
  TalentSort,
} from './committee.inputs';
import { COMMITTEE_READERS } from './committee.policy';
import { CommitteeService } from './committee.service';
import { EmployeeHistory, RatingImportResult, TalentPool, TalentSearchResult } from './committee.types';
import { SavedSearch } from './saved-search.entity';
import { TalentRating } from './talent-rating.entity';

/**
 * The cost of a talent search page: a page is read by a fixed number of statements whatever its
 * size (the matching ids, the employees with OPD and position, the deciding evidence, JP per year)
 * and nothing in a row loads more, so a row costs half what the generic estimate charges a row of
 * a list whose items may load: a full page of 100 rows as the client asks it stays under the limit.
 */
export const searchCost: ComplexityEstimator = ({ args, childComplexity }) =>
  SEARCH_STATEMENTS +
  Math.ceil((childComplexity * Number((args.page as { limit?: number } | undefined)?.limit ?? LIMITS.pageDefaultLimit)) / 2);
const SEARCH_STATEMENTS = 5;

@Resolver()
export class CommitteeResolver {
  @Authorized(COMMITTEE_READERS)
  @Query(() => TalentSearchResult, {
    description: 'Employees meeting every condition, with the facts that matched (audited)',
    complexity: searchCost,
  })
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

  @Authorized(COMMITTEE_READERS)
  @Query(() => TalentPool, { description: 'Employees ranked for a vacant position, with the reasons for each rank (audited)' })
  talentPool(@Ctx() ctx: Context, @Arg('input', () => TalentPoolInput) input: TalentPoolInput): Promise<TalentPool> {
    return new CommitteeService(ctx.em, ctx.clock).talentPool(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => TalentRating, { description: "Records or corrects an employee's performance and potential of a year" })
  recordTalentRating(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordTalentRatingInput) input: RecordTalentRatingInput,
  ): Promise<TalentRating> {
    return new CommitteeService(ctx.em, ctx.clock).recordTalentRating(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => RatingImportResult, { description: 'Imports ratings from CSV: every row or none' })
  importTalentRatings(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportTalentRatingsInput) input: ImportTalentRatingsInput,
  ): Promise<RatingImportResult> {
    return new CommitteeService(ctx.em, ctx.clock).importTalentRatings(requireActor(ctx), input);
  }

  @Authorized(COMMITTEE_READERS)
  @Query(() => [SavedSearch], { description: "The viewer's saved talent searches" })
  savedSearches(@Ctx() ctx: Context): Promise<SavedSearch[]> {
    return new CommitteeService(ctx.em, ctx.clock).savedSearches(requireActor(ctx));
  }

  @Authorized(COMMITTEE_READERS)
  @Mutation(() => SavedSearch, { description: 'Saves search conditions under a name (the same name replaces them)' })
  saveSearch(@Ctx() ctx: Context, @Arg('input', () => SaveSearchInput) input: SaveSearchInput): Promise<SavedSearch> {
    return new CommitteeService(ctx.em, ctx.clock).saveSearch(requireActor(ctx), input);
  }

  @Authorized(COMMITTEE_READERS)
  @Mutation(() => Boolean)
  deleteSavedSearch(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new CommitteeService(ctx.em, ctx.clock).deleteSavedSearch(requireActor(ctx), id);
  }
}

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  @FieldResolver(() => String, { description: 'The conditions, as JSON of TalentFilter' })
  filterJson(@Root() saved: SavedSearch): string {
    return JSON.stringify(saved.filter);
  }
}

@Resolver(() => AuditLogEntry)
export class AuditLogEntryResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'The employee the act concerned, while the record exists' })
  employee(@Root() entry: AuditLogEntry, @Ctx() ctx: Context): Promise<Employee | null> | null {
    if (!entry.employeeId) return null;
    return requestLoader<string, Employee>(ctx.em, 'committee.auditEmployee', async (ids) =>
      byKeys(ids, await ctx.em.find(Employee, { id: { $in: [...ids] } }), (e) => e.id),
    ).load(entry.employeeId);
  }
}
