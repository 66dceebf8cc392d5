import fs from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, Kind, parse, visit } from 'graphql';
import type { Plugin } from 'vite';

/** A `graphql(`…`)` call of the generated client (no interpolation is allowed in it). */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** Whether a file of the client's source may hold `graphql()` calls: its code, not the generated `gql/` folder. */
export const isSource = (file: string) => /\.(ts|tsx)$/.test(file) && !file.split(path.sep).includes('gql');

/** The GraphQL text of each `graphql()` call in a file's code. */
export function graphqlSources(code: string): string[] {
  return [...code.matchAll(CALL)].map(([, source]) => source);
}

/**
 * Puts each GraphQL document where it is written. The generated `graphql()` looks documents up
 * in one map of every operation, so whichever page imports it downloads them all. This replaces
 * each call with its document (the operation or fragment, and the fragments it spreads), so a
 * page's chunk carries only its own. Types still come from the generated code.
 */
export function graphqlDocuments(srcDir: string): Plugin {
  const fragments = new Map<string, FragmentDefinitionNode>();

  function register(code: string): void {
    for (const source of graphqlSources(code)) {
      for (const definition of parse(source, { noLocation: true }).definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
    }
  }

  /** The parsed source followed by every fragment it spreads, directly or through another fragment. */
  function documentOf(source: string): DocumentNode {
    const own = parse(source, { noLocation: true });
    const names = new Set(own.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
    const added: DefinitionNode[] = [];
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          if (names.has(name)) return;
          const fragment = fragments.get(name);
          if (!fragment) throw new Error(`Unknown fragment ${name} in a graphql() document`);
          names.add(name);
          added.push(fragment);
          collect(fragment);
        },
      });
    own.definitions.forEach(collect);
    return { kind: Kind.DOCUMENT, definitions: [...own.definitions, ...added] };
  }

  return {
    name: 'graphql-documents',
    enforce: 'pre',
    buildStart() {
      fragments.clear();
      for (const file of fs.readdirSync(srcDir, { recursive: true, encoding: 'utf8' })) {
        if (isSource(file)) register(fs.readFileSync(path.join(srcDir, file), 'utf8'));
      }
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || !isSource(id) || !code.includes('graphql(')) return null;
      register(code); // a file edited while the dev server runs
      // The same number of lines as before, so source maps stay right.
      const replaced = code.replace(
        CALL,
        (call, source: string) => `(${JSON.stringify(documentOf(source))}${'\n'.repeat(call.split('\n').length - 1)})`,
      );
      return { code: replaced, map: null };
    },
  };
}
