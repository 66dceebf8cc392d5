import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { Role } from '../../common/role';
import { SettingService } from './setting.service';
import { SettingInfo, UpdateSettingInput } from './setting.inputs';

@Resolver()
export class SettingResolver {
  @Authorized()
  @Query(() => [SettingInfo], { description: 'Configurable figures (JP rules, validity windows)' })
  settings(@Ctx() ctx: Context): Promise<SettingInfo[]> {
    return new SettingService(ctx.em).describeAll();
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => SettingInfo)
  updateSetting(@Ctx() ctx: Context, @Arg('input') input: UpdateSettingInput): Promise<SettingInfo> {
    return new SettingService(ctx.em).update(input.key, input.value);
  }
}
