import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../../common/role';
import { OverviewService } from './overview.service';
import { RegencyJpFigures, TeamOverview } from './overview.types';

@Resolver()
export class OverviewResolver {
  @Authorized([Role.SUPERVISOR])
  @Query(() => TeamOverview, { description: "The supervisor's team: JP this year, plans waiting, members behind" })
  teamOverview(@Ctx() ctx: Context): Promise<TeamOverview> {
    return new OverviewService(ctx.em).team(requireActor(ctx), ctx.clock.today());
  }

  @Authorized([Role.ADMIN])
  @Query(() => RegencyJpFigures, { description: "The regency's JP this year, for administrators" })
  regencyJpFigures(@Ctx() ctx: Context): Promise<RegencyJpFigures> {
    return new OverviewService(ctx.em).regency(ctx.clock.today());
  }
}
