/**
 * The client's GraphQL operations: names that read well once the code generator adds the kind
 * (`query Employees` → `EmployeesQuery`, never `EmployeesQueryQuery`), and every query named for
 * a refetch exists, since Apollo skips an unknown name with no more than a warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';

const SRC = path.join(__dirname, '../../client/src');
/** A `graphql(`…`)` call of the generated client, as the build finds them (client/vite-graphql-documents.ts). */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** Names listed for a refetch: `refetchQueries: [...]`, `const refetchQueries = [...]`, `include: [...]`. */
const REFETCH = /\b(?:refetchQueries|include)\s*[:=]\s*\[([^\]]*)\]/g;

const sources = fs
  .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.split(path.sep).includes('gql'))
  .map((file) => ({ file, code: fs.readFileSync(path.join(SRC, file), 'utf8') }));

const operations: { file: string; node: OperationDefinitionNode }[] = sources.flatMap(({ file, code }) =>
  [...code.matchAll(CALL)].flatMap(([, document]) =>
    parse(document).definitions.flatMap((node) => (node.kind === Kind.OPERATION_DEFINITION ? [{ file, node }] : [])),
  ),
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
