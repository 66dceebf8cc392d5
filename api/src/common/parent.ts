import { createParameterDecorator } from 'type-graphql';

/**
 * The object a field resolver resolves a field of, passed as it is. type-graphql's `@Root()`
 * turns a parent that is not an instance of the declared class (a read model's plain row, see
 * `read-model.ts`) into a new instance, running the entity's constructor and MikroORM's property
 * setters for every field of every row of a list; a resolver that only reads its parent's fields
 * takes it with `@Parent()` instead.
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}
