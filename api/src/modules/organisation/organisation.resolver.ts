import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../common/parent';
import { type Context, requireActor } from '../../common/context';
import { ViewerAbilities } from '../../common/viewer';
import { PageInput, PageOf } from '../../common/paging';
import { Role } from '../../common/role';
import { employeeScope } from './employee-access';
import { Employee } from './employee.entity';
import { nipFacts } from './employee-rules';
import { importEmployees } from './import-employees';
import { Opd } from './opd.entity';
import { Gender } from './organisation.enums';
import {
  CorrectPlacementStartInput,
  CreateEmployeeInput,
  CreateOpdInput,
  EmployeeFilter,
  ImportEmployeesInput,
  PositionFilter,
  UpdateEmployeeInput,
} from './organisation.inputs';
import { EmployeePermissions, ImportEmployeesResult } from './organisation.types';
import { DIRECTORY_ROLES, organisationPolicy } from './organisation.policy';
import { OrganisationService } from './organisation.service';
import { Position } from './position.entity';
import { PositionTypeInfo } from './position-type.entity';
import { PositionHeld } from './position-held.entity';
import { loadedOrLoad } from '../../common/read-model';

const EmployeePage = PageOf(Employee, 'EmployeePage');

@Resolver()
export class OrganisationResolver {
  @Authorized()
  @Query(() => [Opd], { description: 'All perangkat daerah' })
  opds(@Ctx() ctx: Context): Promise<Opd[]> {
    return new OrganisationService(ctx.em, ctx.clock).opds(requireActor(ctx));
  }

  @Authorized()
  @Query(() => [PositionTypeInfo], { description: 'Position types (UU 20/2023)' })
  positionTypes(@Ctx() ctx: Context): Promise<PositionTypeInfo[]> {
    return new OrganisationService(ctx.em, ctx.clock).positionTypes(requireActor(ctx));
  }

  @Authorized()
  @Query(() => [Position])
  positions(@Ctx() ctx: Context, @Arg('filter', () => PositionFilter, { nullable: true }) filter?: PositionFilter): Promise<Position[]> {
    return new OrganisationService(ctx.em, ctx.clock).positions(requireActor(ctx), filter);
  }

  @Authorized()
  @Query(() => Position)
  position(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Position> {
    return new OrganisationService(ctx.em, ctx.clock).position(requireActor(ctx), id);
  }

  @Authorized(DIRECTORY_ROLES)
  @Query(() => EmployeePage)
  employees(
    @Ctx() ctx: Context,
    @Arg('filter', () => EmployeeFilter, { nullable: true }) filter?: EmployeeFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new OrganisationService(ctx.em, ctx.clock).employees(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => Employee, { description: 'One employee: directory roles see all, others only themselves' })
  employee(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Employee> {
    return new OrganisationService(ctx.em, ctx.clock).employee(requireActor(ctx), id);
  }

  @Authorized()
  @Query(() => [PositionHeld], {
    description:
      'The positions an employee held, newest first: for the employee, supervisors of their OPD, the committee and administrators',
  })
  positionHistory(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string): Promise<PositionHeld[]> {
    return new OrganisationService(ctx.em, ctx.clock).positionHistory(requireActor(ctx), employeeId);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Employee)
  createEmployee(@Ctx() ctx: Context, @Arg('input') input: CreateEmployeeInput): Promise<Employee> {
    return new OrganisationService(ctx.em, ctx.clock).createEmployee(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Employee)
  updateEmployee(@Ctx() ctx: Context, @Arg('input') input: UpdateEmployeeInput): Promise<Employee> {
    return new OrganisationService(ctx.em, ctx.clock).updateEmployee(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => PositionHeld, {
    description:
      'Corrects the first day of a position an employee held (administrators); a previous record that ended that day moves with it. Kept in the audit trail.',
  })
  correctPlacementStart(@Ctx() ctx: Context, @Arg('input') input: CorrectPlacementStartInput): Promise<PositionHeld> {
    return new OrganisationService(ctx.em, ctx.clock).correctPlacementStart(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Opd)
  createOpd(@Ctx() ctx: Context, @Arg('input') input: CreateOpdInput): Promise<Opd> {
    return new OrganisationService(ctx.em, ctx.clock).createOpd(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => ImportEmployeesResult, {
    description: 'Imports a SIASN-style CSV; writes nothing unless every row is valid',
  })
  importEmployees(@Ctx() ctx: Context, @Arg('input') input: ImportEmployeesInput): Promise<ImportEmployeesResult> {
    return importEmployees(ctx.em, requireActor(ctx), input.csv, ctx.clock);
  }
}

@Resolver(() => Employee)
export class EmployeeFieldsResolver {
  @FieldResolver(() => Opd)
  opd(@Parent() employee: Employee): Opd | Promise<Opd> {
    return loadedOrLoad(employee.opd);
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Parent() employee: Employee): Position | Promise<Position> | null {
    return employee.position ? loadedOrLoad(employee.position) : null;
  }

  @FieldResolver(() => String, { description: 'Birth date (YYYY-MM-DD) read from the NIP' })
  birthDate(@Parent() employee: Employee): string {
    return nipFacts(employee).birthDate;
  }

  @FieldResolver(() => Gender, { description: 'Gender read from the NIP' })
  gender(@Parent() employee: Employee): Gender {
    return nipFacts(employee).gender as Gender;
  }

  @FieldResolver(() => String, { description: 'TMT CPNS month (YYYY-MM) read from the NIP' })
  appointment(@Parent() employee: Employee): string {
    return nipFacts(employee).appointment;
  }

  @FieldResolver(() => EmployeePermissions)
  async viewerCan(@Parent() employee: Employee, @Ctx() ctx: Context): Promise<EmployeePermissions> {
    const actor = requireActor(ctx);
    const scope = await employeeScope(ctx.em, actor);
    return {
      update: organisationPolicy.updateEmployee(actor),
      readRecords: organisationPolicy.readRecords(actor, employee, scope),
      correctPlacements: organisationPolicy.correctPlacements(actor),
    };
  }
}

@Resolver(() => Position)
export class PositionFieldsResolver {
  @FieldResolver(() => Opd, { nullable: true })
  opd(@Parent() position: Position): Opd | Promise<Opd> | null {
    return position.opd ? loadedOrLoad(position.opd) : null;
  }
}

@Resolver(() => PositionHeld)
export class PositionHeldFieldsResolver {
  @FieldResolver(() => Position)
  position(@Parent() held: PositionHeld): Promise<Position> {
    return held.position.load() as Promise<Position>;
  }

  @FieldResolver(() => Opd)
  opd(@Parent() held: PositionHeld): Promise<Opd> {
    return held.opd.load() as Promise<Opd>;
  }
}

@Resolver(() => ViewerAbilities)
export class OrganisationAbilitiesResolver {
  @FieldResolver(() => Boolean, { description: 'Browse and search the employee directory' })
  browseEmployees(@Parent() viewer: ViewerAbilities): boolean {
    return organisationPolicy.browseDirectory(viewer.actor);
  }
}
