import { Max, Min } from 'class-validator';
import { type ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { LIMITS } from './limits';

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
