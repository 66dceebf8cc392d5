import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { LearningForm } from './learning-form.entity';

@Resolver()
export class ReferenceResolver {
  @Authorized()
  @Query(() => [LearningForm], { description: 'Forms of competency development (SIASN jenis diklat) and their JP rules' })
  learningForms(@Ctx() ctx: Context): Promise<LearningForm[]> {
    return ctx.em.find(LearningForm, {}, { orderBy: { id: 'asc' } });
  }
}
