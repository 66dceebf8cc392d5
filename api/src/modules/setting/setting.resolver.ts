import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../../common/role';
import { SettingService } from './setting.service';
import { SettingInfo, UpdateSettingInput } from './setting.inputs';
import { JpRules } from './setting.types';

@Resolver()
export class SettingResolver {
  @Authorized()
  @Query(() => [SettingInfo], { description: 'Configurable figures (JP rules, validity windows)' })
  settings(@Ctx() ctx: Context): Promise<SettingInfo[]> {
    return new SettingService(ctx.em, ctx.clock).describeAll(requireActor(ctx));
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => SettingInfo)
  updateSetting(@Ctx() ctx: Context, @Arg('input') input: UpdateSettingInput): Promise<SettingInfo> {
    return new SettingService(ctx.em, ctx.clock).update(requireActor(ctx), input.key, input.value);
  }

  @Authorized()
  @Query(() => JpRules, { description: 'The JP rules in force: minutes per JP and the yearly figures of PNS and PPPK' })
  jpRules(@Ctx() ctx: Context): Promise<JpRules> {
    return new SettingService(ctx.em, ctx.clock).jpRules(requireActor(ctx));
  }
}
