import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../../common/role';
import { OpdComplianceInput, OpdComplianceMembersInput } from './compliance.inputs';
import { ComplianceService } from './compliance.service';
import { OpdCompliance, OpdComplianceMembers } from './compliance.types';

@Resolver()
export class ComplianceResolver {
  @Authorized([Role.ADMIN, Role.SUPERVISOR])
  @Query(() => OpdCompliance, {
    description: "Each OPD's JP compliance in a year: administrators every OPD, supervisors the OPDs they supervise",
  })
  opdCompliance(@Ctx() ctx: Context, @Arg('input') input: OpdComplianceInput): Promise<OpdCompliance> {
    return new ComplianceService(ctx.em).opdCompliance(requireActor(ctx), input, ctx.clock.today());
  }

  @Authorized([Role.ADMIN, Role.SUPERVISOR])
  @Query(() => OpdComplianceMembers, {
    description: 'The people of one OPD with their JP in a year and what their competency gap recommends',
  })
  opdComplianceMembers(@Ctx() ctx: Context, @Arg('input') input: OpdComplianceMembersInput): Promise<OpdComplianceMembers> {
    return new ComplianceService(ctx.em).opdMembers(requireActor(ctx), input, ctx.clock.today());
  }
}
