/**
 * The client's cache policies against the client's documents: an object without an id that two
 * documents select under the same field with different fields must merge (client/src/app/
 * cache-policies.ts says why), or each answer takes the other query's fields away.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InMemoryCache, type TypePolicies, gql } from '@apollo/client';
import {
  buildSchema,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLObjectType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { definitions } from './client-documents';

// The client's source is an ES module (client/package.json); jest's transform loads it either way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { typePolicies } = require('../../client/src/app/cache-policies') as { typePolicies: TypePolicies };

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const fragments = new Map(
  definitions
    .filter((d): d is { file: string; node: FragmentDefinitionNode } => d.node.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.node.name.value, d.node]),
);

/** Whether the cache stores a type on its own (by `id` or declared key fields) rather than inside its parent. */
function storedOnItsOwn(type: GraphQLObjectType): boolean {
  const keyFields = typePolicies[type.name]?.keyFields;
  if (keyFields === false) return false;
  return keyFields !== undefined || 'id' in type.getFields();
}

/**
 * For each place an object is kept inside a stored object (`CommunityGroup.viewer`, and
 * `CommunityGroup.viewer.can` within it): the type kept there and the shapes documents select.
 */
const shapes = new Map<string, { type: string; shapes: Set<string> }>();

/**
 * Walks a selection set (fragments spread in), noting the shape of every object kept inside a
 * stored one under its place (`place` null: under a mutation's root, which is not read back), and
 * returns its own shape: its fields, each with its own, in one sorted string.
 */
function walk(type: GraphQLObjectType, set: SelectionSetNode, place: string | null): string {
  const fields = new Set<string>();
  const each = (on: GraphQLObjectType, selections: SelectionSetNode) => {
    for (const s of selections.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) each(on, fragments.get(s.name.value)!.selectionSet);
      else if (s.kind === Kind.INLINE_FRAGMENT)
        each(s.typeCondition ? (schema.getType(s.typeCondition.name.value) as GraphQLObjectType) : on, s.selectionSet);
      else if (!s.selectionSet) fields.add(s.name.value);
      else {
        const child = getNamedType(on.getFields()[s.name.value].type);
        if (!isObjectType(child)) {
          fields.add(s.name.value);
          continue;
        }
        const stored = storedOnItsOwn(child);
        const inside = stored ? child.name : place && `${place}.${s.name.value}`;
        const childShape = walk(child, s.selectionSet, inside);
        if (!stored && inside) {
          const entry = shapes.get(inside) ?? { type: child.name, shapes: new Set<string>() };
          entry.shapes.add(childShape);
          shapes.set(inside, entry);
        }
        fields.add(`${s.name.value}{${childShape}}`);
      }
    }
  };
  each(type, set);
  return [...fields].sort().join(',');
}
for (const { node } of definitions) {
  if (node.kind !== Kind.OPERATION_DEFINITION) continue;
  // A query's root fields are kept on the root; a mutation's are not read back, only what they return.
  if (node.operation === 'query') walk(schema.getQueryType()!, node.selectionSet, 'Query');
  if (node.operation === 'mutation') walk(schema.getMutationType()!, node.selectionSet, null);
}
const selectedTwoWays = [...shapes].filter(([, e]) => e.shapes.size > 1);

describe('the client cache', () => {
  it('merges every object without an id that documents select with different fields', () => {
    // The group page and its sessions card select the group's viewer differently: the check sees it.
    expect(selectedTwoWays.map(([key]) => key)).toEqual(expect.arrayContaining(['CommunityGroup.viewer', 'CommunityGroup.viewer.can']));
    const unmerged = selectedTwoWays
      .filter(([, e]) => typePolicies[e.type]?.merge !== true)
      .map(([key, e]) => `${key}: ${e.type} selected as ${[...e.shapes].join(' | ')}`);
    expect(unmerged).toEqual([]);
  });

  it('keeps a query complete when another query answers with fewer of the same object’s fields', () => {
    const page = gql`
      query Page {
        communityGroup(id: "g1") {
          id
          viewer {
            roles
            can {
              apply
              leave
            }
          }
        }
      }
    `;
    const card = gql`
      query Card {
        communityGroup(id: "g1") {
          id
          viewer {
            can {
              leave
            }
          }
        }
      }
    `;
    const can = (fields: object) => ({ __typename: 'GroupPermissions', ...fields });
    const answer = (viewer: object) => ({
      communityGroup: { __typename: 'CommunityGroup', id: 'g1', viewer: { __typename: 'GroupViewer', ...viewer } },
    });
    const cases: [TypePolicies, boolean][] = [
      [typePolicies, true],
      [{}, false],
    ];
    for (const [policies, complete] of cases) {
      const cache = new InMemoryCache({ typePolicies: policies });
      cache.writeQuery({ query: page, data: answer({ roles: [], can: can({ apply: false, leave: true }) }) });
      cache.writeQuery({ query: card, data: answer({ can: can({ leave: true }) }) });
      expect(cache.diff({ query: page, optimistic: false }).complete).toBe(complete);
    }
  });
});
