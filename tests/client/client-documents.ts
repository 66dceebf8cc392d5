import fs from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, parse } from 'graphql';

// What the build reads as the client's documents (an ES module; jest's transform loads it either way).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isSource, graphqlSources } = require('../../client/vite-graphql-documents') as {
  isSource(file: string): boolean;
  graphqlSources(code: string): string[];
};

const SRC = path.join(__dirname, '../../client/src');

/** The client's source files that may hold documents, as the build reads them. */
export const sources = fs
  .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter(isSource)
  .map((file) => ({ file, code: fs.readFileSync(path.join(SRC, file), 'utf8') }));

/** Every operation and fragment the client sends, with the file it is written in. */
export const definitions: { file: string; node: DefinitionNode }[] = sources.flatMap(({ file, code }) =>
  graphqlSources(code).flatMap((document) => parse(document).definitions.map((node) => ({ file, node }))),
);
