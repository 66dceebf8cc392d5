import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { ViewerAbilities } from '../../common/viewer';

@Resolver()
export class ViewerResolver {
  @Authorized()
  @Query(() => ViewerAbilities, { description: 'What the logged-in user may do across the app: the pages and menus to offer' })
  viewerCan(@Ctx() ctx: Context): ViewerAbilities {
    return { actor: requireActor(ctx) };
  }
}
