import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { Role } from '../../common/role';
import { Holiday } from './holiday.entity';
import { HolidayService } from './holiday.service';
import { AddHolidayInput, HolidaysInput, RemoveHolidayInput } from './record.inputs';

@Resolver(() => Holiday)
export class HolidayResolver {
  @Authorized()
  @Query(() => [Holiday], {
    description: 'National holidays and cuti bersama of a year: the days a span of learning does not count as working days',
  })
  holidays(@Ctx() ctx: Context, @Arg('input') input: HolidaysInput): Promise<Holiday[]> {
    return new HolidayService(ctx.em, ctx.clock).list(requireActor(ctx), input.year);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Holiday, { description: 'Adds a national holiday or cuti bersama to the calendar (applies to new credits)' })
  addHoliday(@Ctx() ctx: Context, @Arg('input') input: AddHolidayInput): Promise<Holiday> {
    return new HolidayService(ctx.em, ctx.clock).add(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Boolean, {
    description: 'Removes a day from the calendar of holidays: it becomes a working day again (applies to new credits)',
  })
  removeHoliday(@Ctx() ctx: Context, @Arg('input') input: RemoveHolidayInput): Promise<boolean> {
    return new HolidayService(ctx.em, ctx.clock).remove(requireActor(ctx), input.date);
  }
}
