import { Collection } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../common/parent';
import { type Context, requireActor } from '../../common/context';
import { PageInput, PageOf } from '../../common/paging';
import { StoredFile } from '../file/stored-file.entity';
import { Role } from '../../common/role';
import { User } from '../identity/user.entity';
import { PositionTypeInfo } from '../organisation/position-type.entity';
import { CreatePositionInput } from '../organisation/organisation.inputs';
import { employeeScope } from '../organisation/employee-access';
import { Position } from '../organisation/position.entity';
import { CareerPath } from './career-path.entity';
import { Competency, CompetencyLevel } from './competency.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import {
  AddCareerPathInput,
  CompetencyFilter,
  CompetencyGapInput,
  CreateCompetencyInput,
  RecordAssessmentInput,
  RemoveCareerPathInput,
  SetPositionStandardInput,
  SetPositionTypeDefaultInput,
  UpdateCompetencyInput,
} from './competency.inputs';
import {
  CareerPathGraph,
  CompetencyGap,
  CompetencyProfile,
  DictionaryPermissions,
  PositionRequirementsType,
  ProfilePermissions,
} from './competency.types';
import { competencyPolicy } from './competency.policy';
import { CompetencyService } from './competency.service';
import { CompetencyProfileService } from './competency-profile.service';
import { createPosition } from './create-position';
import { PositionCompetency } from './position-competency.entity';
import { loadedOrLoad } from '../../common/read-model';

const CompetencyPage = PageOf(Competency, 'CompetencyPage');

/** The same for every competency and position: only administrators maintain the dictionary. */
function dictionaryPermissions(ctx: Context): DictionaryPermissions {
  return { edit: competencyPolicy.maintainDictionary(requireActor(ctx)) };
}

@Resolver()
export class CompetencyResolver {
  @Authorized()
  @Query(() => CompetencyPage, { description: 'The competency dictionary' })
  competencies(
    @Ctx() ctx: Context,
    @Arg('filter', () => CompetencyFilter, { nullable: true }) filter?: CompetencyFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new CompetencyService(ctx.em, ctx.clock).competencies(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => Competency)
  competency(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Competency> {
    return new CompetencyService(ctx.em, ctx.clock).competency(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => [String], { description: 'Government affairs of the technical competencies' })
  governmentAffairs(@Ctx() ctx: Context): Promise<string[]> {
    return new CompetencyService(ctx.em, ctx.clock).governmentAffairs(requireActor(ctx));
  }

  @Authorized()
  @Query(() => CareerPathGraph, { description: 'Positions a position leads to and comes from, walked both ways' })
  careerPaths(@Ctx() ctx: Context, @Arg('positionId', () => ID) positionId: string): Promise<CareerPathGraph> {
    return new CompetencyService(ctx.em, ctx.clock).careerPaths(requireActor(ctx), positionId);
  }

  @Authorized()
  @Query(() => CompetencyProfile, { description: 'Current levels and evidence of an employee' })
  competencyProfile(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string): Promise<CompetencyProfile> {
    return new CompetencyProfileService(ctx.em, ctx.clock).profile(requireActor(ctx), employeeId);
  }

  @Authorized()
  @Query(() => [CompetencyAssessment], { description: 'Assessment history, newest first' })
  competencyAssessments(
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('competencyId', () => ID, { nullable: true }) competencyId?: string,
  ): Promise<CompetencyAssessment[]> {
    return new CompetencyProfileService(ctx.em, ctx.clock).assessments(requireActor(ctx), employeeId, competencyId);
  }

  @Authorized()
  @Query(() => CompetencyGap, { description: "Gap between an employee's levels and a position's standard" })
  competencyGap(@Ctx() ctx: Context, @Arg('input') input: CompetencyGapInput): Promise<CompetencyGap> {
    return new CompetencyProfileService(ctx.em, ctx.clock).gap(requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => CompetencyAssessment, {
    description: 'Adds evidence of a level: learners SELF, supervisors SUPERVISOR, admins the other methods',
  })
  recordCompetencyAssessment(@Ctx() ctx: Context, @Arg('input') input: RecordAssessmentInput): Promise<CompetencyAssessment> {
    return new CompetencyProfileService(ctx.em, ctx.clock).recordAssessment(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Competency)
  createCompetency(@Ctx() ctx: Context, @Arg('input') input: CreateCompetencyInput): Promise<Competency> {
    return new CompetencyService(ctx.em, ctx.clock).createCompetency(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Competency)
  updateCompetency(@Ctx() ctx: Context, @Arg('input') input: UpdateCompetencyInput): Promise<Competency> {
    return new CompetencyService(ctx.em, ctx.clock).updateCompetency(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Position, { description: 'Creates a position with the default standard of its position type' })
  createPosition(@Ctx() ctx: Context, @Arg('input') input: CreatePositionInput): Promise<Position> {
    return createPosition(ctx.em, ctx.clock, requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Position, { description: "Replaces a position's competency standard and requirements" })
  setPositionStandard(@Ctx() ctx: Context, @Arg('input') input: SetPositionStandardInput): Promise<Position> {
    return new CompetencyService(ctx.em, ctx.clock).setPositionStandard(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => PositionTypeInfo, { description: 'Default managerial level for new positions of a type' })
  setPositionTypeDefault(@Ctx() ctx: Context, @Arg('input') input: SetPositionTypeDefaultInput): Promise<PositionTypeInfo> {
    return new CompetencyService(ctx.em, ctx.clock).setPositionTypeDefault(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CareerPath)
  addCareerPath(@Ctx() ctx: Context, @Arg('input') input: AddCareerPathInput): Promise<CareerPath> {
    return new CompetencyService(ctx.em, ctx.clock).addCareerPath(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Boolean)
  removeCareerPath(@Ctx() ctx: Context, @Arg('input') input: RemoveCareerPathInput): Promise<boolean> {
    return new CompetencyService(ctx.em, ctx.clock).removeCareerPath(requireActor(ctx), input.id);
  }
}

@Resolver(() => Competency)
export class CompetencyFieldsResolver {
  @FieldResolver(() => DictionaryPermissions)
  viewerCan(@Ctx() ctx: Context): DictionaryPermissions {
    return dictionaryPermissions(ctx);
  }

  @FieldResolver(() => [CompetencyLevel])
  async levels(@Parent() competency: Competency, @Ctx() ctx: Context): Promise<CompetencyLevel[]> {
    // A competency of a read model (plain row) has no collection: its levels are read by id.
    if (competency.levels instanceof Collection) return (await competency.levels.load()).getItems();
    return ctx.em.find(CompetencyLevel, { competency: competency.id }, { orderBy: { level: 'asc' } });
  }
}

@Resolver(() => Position)
export class PositionStandardResolver {
  @FieldResolver(() => DictionaryPermissions)
  viewerCan(@Ctx() ctx: Context): DictionaryPermissions {
    return dictionaryPermissions(ctx);
  }

  @FieldResolver(() => [PositionCompetency], { description: 'Competency standard (SKJ) rows' })
  async standard(@Parent() position: Position, @Ctx() ctx: Context): Promise<PositionCompetency[]> {
    return new CompetencyService(ctx.em, ctx.clock).standard(requireActor(ctx), position);
  }

  @FieldResolver(() => PositionRequirementsType)
  requirements(@Parent() position: Position): PositionRequirementsType {
    const r = position.requirements ?? {};
    return { education: r.education ?? null, training: r.training ?? [], experience: r.experience ?? null, rank: r.rank ?? null };
  }
}

@Resolver(() => PositionCompetency)
export class PositionCompetencyResolver {
  @FieldResolver(() => Competency)
  competency(@Parent() row: PositionCompetency): Competency | Promise<Competency> {
    return loadedOrLoad(row.competency);
  }
}

@Resolver(() => CareerPath)
export class CareerPathResolver {
  @FieldResolver(() => Position)
  from(@Parent() link: CareerPath): Promise<Position> {
    return link.from.load() as Promise<Position>;
  }

  @FieldResolver(() => Position)
  to(@Parent() link: CareerPath): Promise<Position> {
    return link.to.load() as Promise<Position>;
  }
}

@Resolver(() => CompetencyAssessment)
export class CompetencyAssessmentResolver {
  @FieldResolver(() => Competency)
  competency(@Parent() a: CompetencyAssessment): Competency | Promise<Competency> {
    return loadedOrLoad(a.competency);
  }

  @FieldResolver(() => StoredFile, { nullable: true })
  evidenceFile(@Parent() a: CompetencyAssessment): Promise<StoredFile | null> {
    return a.evidenceFile ? (a.evidenceFile.load() as Promise<StoredFile>) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of who recorded it' })
  async assessorName(@Parent() a: CompetencyAssessment): Promise<string | null> {
    return a.assessor ? ((await a.assessor.load()) as User).displayName : null;
  }
}

@Resolver(() => CompetencyGap)
export class CompetencyGapResolver {
  @FieldResolver(() => ProfilePermissions)
  async viewerCan(@Parent() gap: CompetencyGap, @Ctx() ctx: Context): Promise<ProfilePermissions> {
    const actor = requireActor(ctx);
    return { assess: competencyPolicy.assessMethods(actor, gap.employee, await employeeScope(ctx.em, actor)) };
  }
}
