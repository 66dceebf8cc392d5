/**
 * The client's GraphQL operations: names that read well once the code generator adds the kind
 * (`query Employees` → `EmployeesQuery`, never `EmployeesQueryQuery`), and every query named for
 * a refetch exists, since Apollo skips an unknown name with no more than a warning.
 */
import { Kind, type OperationDefinitionNode } from 'graphql';
import { definitions, sources } from './client-documents';

/** Names listed for a refetch: `refetchQueries: [...]`, `const refetchQueries = [...]`, `include: [...]`. */
const REFETCH = /\b(?:refetchQueries|include)\s*[:=]\s*\[([^\]]*)\]/g;

const operations = definitions.filter(
  (d): d is { file: string; node: OperationDefinitionNode } => d.node.kind === Kind.OPERATION_DEFINITION,
);

const suffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

describe('client operations', () => {
  it('are found in the client source', () => {
    expect(operations.filter((o) => o.node.operation === 'query').length).toBeGreaterThan(20);
    expect(operations.filter((o) => o.node.operation === 'mutation').length).toBeGreaterThan(20);
  });

  it('are all named, once each', () => {
    const names = operations.map((o) => o.node.name?.value);
    expect(names.filter((name) => !name)).toEqual([]);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('do not end their name with their kind, which the generated types add', () => {
    const doubled = operations
      .filter(({ node }) => node.name!.value.endsWith(suffix[node.operation]))
      .map(({ file, node }) => `${file}: ${node.operation} ${node.name!.value}`);
    expect(doubled).toEqual([]);
  });

  it('refetch only queries that exist', () => {
    const queries = new Set(operations.filter((o) => o.node.operation === 'query').map((o) => o.node.name!.value));
    const named = sources.flatMap(({ file, code }) =>
      [...code.matchAll(REFETCH)].flatMap(([, list]) => [...list.matchAll(/['"]([^'"]+)['"]/g)].map(([, name]) => ({ file, name }))),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !queries.has(name)).map(({ file, name }) => `${file}: ${name}`)).toEqual([]);
  });
});
