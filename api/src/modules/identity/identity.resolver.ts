import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { ChangePasswordInput, LoginInput, SetSupervisedOpdsInput } from './identity.inputs';
import { LoginPayload } from './identity.types';
import { Role } from '../../common/role';
import { IdentityService } from './identity.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { User } from './user.entity';

@Resolver(() => User)
export class IdentityResolver {
  /** Public: the only way in. */
  @Mutation(() => LoginPayload)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const result = await new IdentityService(ctx.em, ctx.config, ctx.clock).login(input, ctx.req?.get('user-agent'), ctx.req?.ip ?? null);
    const secure = ctx.config.cookieSecure === 'auto' ? (ctx.req?.secure ?? false) : ctx.config.cookieSecure;
    if (ctx.res) setSessionCookie(ctx.res, result.token, result.expiresAt, secure);
    return result;
  }

  @Authorized()
  @Query(() => User, { description: 'The logged-in user' })
  me(@Ctx() ctx: Context): Promise<User> {
    return new IdentityService(ctx.em, ctx.config, ctx.clock).me(requireActor(ctx));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionId) await new IdentityService(ctx.em, ctx.config, ctx.clock).logout(requireActor(ctx), ctx.sessionId);
    if (ctx.res) clearSessionCookie(ctx.res);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session' })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await new IdentityService(ctx.em, ctx.config, ctx.clock).changePassword(requireActor(ctx), ctx.sessionId, input);
    return true;
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: 'Sets the OPDs whose employees a supervisor monitors' })
  async setSupervisedOpds(@Arg('input') input: SetSupervisedOpdsInput, @Ctx() ctx: Context): Promise<User> {
    return new IdentityService(ctx.em, ctx.config, ctx.clock).setSupervisedOpds(requireActor(ctx), input);
  }

  @FieldResolver(() => [Opd], { description: 'OPDs a supervisor monitors' })
  async supervisedOpds(@Root() user: User): Promise<Opd[]> {
    return (await user.supervisedOpds.load()).getItems();
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() user: User): Promise<Employee | null> {
    return user.employee ? user.employee.load() : Promise.resolve(null);
  }
}

@Resolver(() => Employee)
export class EmployeeAccountResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The login account (administrators only; null for others)' })
  account(@Root() employee: Employee, @Ctx() ctx: Context): Promise<User | null> {
    return new IdentityService(ctx.em, ctx.config, ctx.clock).accountOf(requireActor(ctx), employee);
  }
}
