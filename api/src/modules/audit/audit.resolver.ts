import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { PageInput } from '../../common/paging';
import { Role } from '../../common/role';
import { AuditLogFilter } from './audit.inputs';
import { AuditLogService } from './audit.service';
import { AuditLogPage, RecordViewPage } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized([Role.ADMIN])
  @Query(() => AuditLogPage, { description: 'The audit log, newest first (administrators)' })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<AuditLogPage> {
    return new AuditLogService(ctx.em, ctx.clock).browse(requireActor(ctx), filter ?? new AuditLogFilter(), page ?? new PageInput());
  }

  @Authorized([Role.ADMIN])
  @Query(() => [String], { description: 'The act codes the audit log holds' })
  auditActions(@Ctx() ctx: Context): Promise<string[]> {
    return new AuditLogService(ctx.em, ctx.clock).actions(requireActor(ctx));
  }

  @Authorized()
  @Query(() => RecordViewPage, { description: "Who read or exported the viewer's history, when and why, newest first" })
  myRecordViews(@Ctx() ctx: Context, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput): Promise<RecordViewPage> {
    return new AuditLogService(ctx.em, ctx.clock).viewsOfMine(requireActor(ctx), page ?? new PageInput());
  }
}
