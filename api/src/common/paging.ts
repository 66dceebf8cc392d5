import type { EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { type ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { LIMITS } from '@komunitas-pintar/domain';

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: LIMITS.pageDefaultLimit })
  @Min(1)
  @Max(LIMITS.pageMaxLimit)
  limit: number = LIMITS.pageDefaultLimit;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** Builds a `XPage { items, total, offset, limit }` object type for a list. */
export function PageOf<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(name)
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int)
    total!: number;

    @Field(() => Int)
    offset!: number;

    @Field(() => Int)
    limit!: number;
  }
  return PageClass;
}

/** One page of `entity` rows matching `where`, with the total count, in the given order. */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageInput,
  orderBy: QueryOrderMap<T>,
): Promise<Page<T>> {
  const [items, total] = await em.findAndCount(entity, where, { orderBy, offset: page.offset, limit: page.limit } as FindOptions<T>);
  return { items: items as T[], total, offset: page.offset, limit: page.limit };
}

/** The answer for a list the viewer may see nothing of. */
export function emptyPage<T>(page: PageInput): Page<T> {
  return { items: [], total: 0, offset: page.offset, limit: page.limit };
}
