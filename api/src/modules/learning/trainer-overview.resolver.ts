import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../../common/role';
import { trainerOverview } from './trainer-overview';
import { TrainerOverview } from './trainer-overview.types';

@Resolver()
export class TrainerOverviewResolver {
  @Authorized([Role.TRAINER])
  @Query(() => TrainerOverview, { description: "The trainer's modules and learners: enrolled, progressing, finished, stuck" })
  trainerOverview(@Ctx() ctx: Context): Promise<TrainerOverview> {
    return trainerOverview(ctx.em, requireActor(ctx), ctx.clock);
  }
}
