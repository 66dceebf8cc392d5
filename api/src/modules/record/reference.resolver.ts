import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireActor } from '../../common/context';
import { LearningForm } from './learning-form.entity';
import { LedgerService } from './ledger.service';

@Resolver()
export class ReferenceResolver {
  @Authorized()
  @Query(() => [LearningForm], { description: 'Forms of competency development (SIASN jenis diklat) and their JP rules' })
  learningForms(@Ctx() ctx: Context): Promise<LearningForm[]> {
    return new LedgerService(ctx.em, ctx.clock).learningForms(requireActor(ctx));
  }
}
