import fs from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, parse } from 'graphql';

/** The client's source files (without the generated `gql/` folder), as the code generator reads them. */
const SRC = path.join(__dirname, '../../client/src');
/** A `graphql(`…`)` call of the generated client, as the build finds them (client/vite-graphql-documents.ts). */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

export const sources = fs
  .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.split(path.sep).includes('gql'))
  .map((file) => ({ file, code: fs.readFileSync(path.join(SRC, file), 'utf8') }));

/** Every operation and fragment the client sends, with the file it is written in. */
export const definitions: { file: string; node: DefinitionNode }[] = sources.flatMap(({ file, code }) =>
  [...code.matchAll(CALL)].flatMap(([, document]) => parse(document).definitions.map((node) => ({ file, node }))),
);
