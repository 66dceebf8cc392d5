import { graphql, type GraphQLObjectType } from 'graphql';
import { Authorized, buildSchemaSync, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { authChecker } from '../../../api/src/common/auth-checker';
import type { Context } from '../../../api/src/common/context';
import { Role } from '../../../api/src/common/role';
import { getSchema, readPlainFieldsDirectly } from '../../../api/src/schema';

/**
 * Fields that only read a property are read by graphql-js itself; a field guarded by a role or
 * answered by a field resolver keeps its own resolver, so its rule still runs.
 */
@ObjectType()
class PlainFieldsSample {
  @Field()
  open!: string;

  @Authorized([Role.ADMIN])
  @Field()
  secret!: string;

  @Field({ name: 'renamed' })
  inner!: string;
}

@Resolver(() => PlainFieldsSample)
class PlainFieldsSampleResolver {
  @Authorized()
  @Query(() => PlainFieldsSample)
  plainFieldsSample(): PlainFieldsSample {
    return { open: 'o', secret: 's', inner: 'i' };
  }

  @FieldResolver(() => String)
  computed(@Root() sample: PlainFieldsSample, @Ctx() ctx: Context): string {
    return `${sample.open}:${ctx.actor?.roles.join(',')}`;
  }
}

function contextOf(roles: Role[]): Context {
  return { actor: { roles } } as unknown as Context;
}

describe('plain fields', () => {
  readPlainFieldsDirectly();
  const schema = buildSchemaSync({ resolvers: [PlainFieldsSampleResolver], authChecker, authMode: 'error' });
  const fields = (schema.getType('PlainFieldsSample') as GraphQLObjectType).getFields();

  it('reads an unguarded property without a resolver of its own', () => {
    expect(fields.open.resolve).toBeUndefined();
    expect(fields.secret.resolve).toBeDefined();
    expect(fields.renamed.resolve).toBeDefined();
    expect(fields.computed.resolve).toBeDefined();
  });

  it('answers every kind of field as before', async () => {
    const result = await graphql({
      schema,
      source: '{ plainFieldsSample { open secret renamed computed } }',
      contextValue: contextOf([Role.ADMIN]),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ plainFieldsSample: { open: 'o', secret: 's', renamed: 'i', computed: 'o:ADMIN' } });
  });

  it('still refuses a guarded field to the wrong role', async () => {
    const result = await graphql({
      schema,
      source: '{ plainFieldsSample { open secret } }',
      contextValue: contextOf([Role.LEARNER]),
    });
    expect(result.errors?.map((e) => e.extensions?.code ?? e.message)).toEqual([expect.stringMatching(/FORBIDDEN|roles/)]);
    expect(result.data).toBeNull();
  });

  it('reads the hot directory fields directly and keeps field resolvers', () => {
    const employee = (getSchema().getType('Employee') as GraphQLObjectType).getFields();
    expect(employee.name.resolve).toBeUndefined();
    expect(employee.nip.resolve).toBeUndefined();
    expect(employee.opd.resolve).toBeDefined();
    expect(employee.viewerCan.resolve).toBeDefined();
  });
});
