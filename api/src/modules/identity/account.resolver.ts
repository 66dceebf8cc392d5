import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { requestLoader } from '../../common/loaders';
import { PageInput } from '../../common/paging';
import { AccountFilter, ChangeRoleInput, IssuePasswordInput, SetAccountActiveInput, UnlockAccountInput } from './account.inputs';
import { AccountService } from './account.service';
import { AccountFigures, AccountPage, AccountPermissions, IssuedPassword } from './account.types';
import { identityPolicy } from './identity.policy';
import { Role } from '../../common/role';
import { GRANTABLE_ROLES } from './role';
import { User } from './user.entity';

const service = (ctx: Context) => new AccountService(ctx.em, ctx.clock);

@Resolver()
export class AccountResolver {
  @Authorized([Role.ADMIN])
  @Query(() => AccountPage, { description: 'Login accounts, for administrators' })
  accounts(
    @Ctx() ctx: Context,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return service(ctx).accounts(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized([Role.ADMIN])
  @Query(() => AccountFigures, { description: "Accounts by standing, for the administrators' home page" })
  accountFigures(@Ctx() ctx: Context): Promise<AccountFigures> {
    return service(ctx).figures(requireActor(ctx));
  }

  @Authorized([Role.ADMIN])
  @Query(() => User, { description: 'One login account, for administrators' })
  async account(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return service(ctx).account(requireActor(ctx), id);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: 'Grants a role, with the reason kept in the audit trail' })
  grantRole(@Ctx() ctx: Context, @Arg('input') input: ChangeRoleInput): Promise<User> {
    return service(ctx).grantRole(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: 'Revokes a role, with the reason; the last active administrator keeps ADMIN' })
  revokeRole(@Ctx() ctx: Context, @Arg('input') input: ChangeRoleInput): Promise<User> {
    return service(ctx).revokeRole(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: 'Disables an account (its sessions end) or enables it again, with the reason' })
  setAccountActive(@Ctx() ctx: Context, @Arg('input') input: SetAccountActiveInput): Promise<User> {
    return service(ctx).setActive(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: 'Lifts the lock after too many failed logins' })
  unlockAccount(@Ctx() ctx: Context, @Arg('input') input: UnlockAccountInput): Promise<User> {
    return service(ctx).unlock(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => IssuedPassword, {
    description: 'Gives an account a first or new password (generated and shown once, or chosen); it must be changed at the next login',
  })
  issuePassword(@Ctx() ctx: Context, @Arg('input') input: IssuePasswordInput): Promise<IssuedPassword> {
    return service(ctx).issuePassword(requireActor(ctx), input);
  }
}

/** Account fields: the effective roles for everyone who sees the user, the standing for its owner and administrators. */
@Resolver(() => User)
export class AccountFieldsResolver {
  @FieldResolver(() => [Role], { description: 'Effective roles: LEARNER for every account linked to an employee, plus the granted roles' })
  roles(@Root() user: User): Role[] {
    return AccountService.effective(user);
  }

  @FieldResolver(() => [Role], { description: 'Roles granted by an administrator (never LEARNER)' })
  grantedRoles(@Root() user: User): Role[] {
    return GRANTABLE_ROLES.filter((r) => user.roles.includes(r));
  }

  @FieldResolver(() => Boolean, { description: 'Linked to an employee, and so a learner with their own JP target' })
  learns(@Root() user: User): boolean {
    return !!user.employee;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Locked after too many failed logins from some client address, for that address (owner and administrators; else null)',
  })
  locked(@Root() user: User, @Ctx() ctx: Context): boolean | null {
    if (!identityPolicy.readAccountStatus(requireActor(ctx), user)) return null;
    return !!user.lockedUntil && user.lockedUntil > ctx.clock.now();
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'A password was issued, so the account can log in (owner and administrators; else null)',
  })
  async hasPassword(@Root() user: User, @Ctx() ctx: Context): Promise<boolean | null> {
    if (!identityPolicy.readAccountStatus(requireActor(ctx), user)) return null;
    const withPassword = await requestLoader<string, boolean>(ctx.em, 'accountHasPassword', async (ids) => {
      const rows = await ctx.em.find(User, { id: { $in: [...ids] }, passwordHash: { $ne: null } }, { fields: ['id'] });
      const set = new Set(rows.map((r) => r.id));
      return ids.map((id) => set.has(id));
    }).load(user.id);
    return withPassword ?? false;
  }

  @FieldResolver(() => AccountPermissions)
  async viewerCan(@Root() user: User, @Ctx() ctx: Context): Promise<AccountPermissions> {
    const actor = requireActor(ctx);
    const manage = identityPolicy.manageAccounts(actor);
    if (!manage) return { manage, setActive: false, grantableRoles: [], revocableRoles: [] };
    let revocableRoles = GRANTABLE_ROLES.filter((r) => user.roles.includes(r));
    if (revocableRoles.includes(Role.ADMIN) && user.active) {
      const admins = await requestLoader<string, number>(ctx.em, 'activeAdminCount', async (keys) => {
        const count = await ctx.em.count(User, { roles: { $contains: [Role.ADMIN] }, active: true });
        return keys.map(() => count);
      }).load('all');
      if ((admins ?? 0) <= 1) revocableRoles = revocableRoles.filter((r) => r !== Role.ADMIN);
    }
    const lastAdmin = user.active && user.roles.includes(Role.ADMIN) && !revocableRoles.includes(Role.ADMIN);
    return {
      manage,
      setActive: identityPolicy.setActive(actor, user) && !(user.active && lastAdmin),
      grantableRoles: AccountService.grantable(user),
      revocableRoles,
    };
  }
}
