import { IsNumber, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { Role } from '../identity/role';
import { SettingService } from './setting.service';
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from './settings';

@ObjectType()
export class SettingInfo {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  defaultValue!: number;

  @Field(() => Float)
  min!: number;

  @Field(() => Float)
  max!: number;

  @Field()
  description!: string;
}

@InputType()
export class UpdateSettingInput {
  @Field()
  @MaxLength(100)
  key!: string;

  @Field(() => Float)
  @IsNumber()
  value!: number;
}

function info(key: SettingKey, value: number): SettingInfo {
  const def = SETTING_DEFINITIONS[key];
  return { key, value, defaultValue: def.default, min: def.min, max: def.max, description: def.description };
}

@Resolver()
export class SettingResolver {
  @Authorized()
  @Query(() => [SettingInfo], { description: 'Configurable figures (JP rules, validity windows)' })
  async settings(@Ctx() ctx: Context): Promise<SettingInfo[]> {
    const values = await new SettingService(ctx.em).all();
    return SETTING_KEYS.map((k) => info(k, values[k]));
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => SettingInfo)
  async updateSetting(@Ctx() ctx: Context, @Arg('input') input: UpdateSettingInput): Promise<SettingInfo> {
    const setting = await new SettingService(ctx.em).update(input.key, input.value);
    return info(setting.key as SettingKey, setting.value);
  }
}
