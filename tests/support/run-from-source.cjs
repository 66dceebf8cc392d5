// Runs an entry of the API from its TypeScript source, compiled as the tests compile it (SWC, with
// decorators and their metadata), in a process of its own: what `npm start` runs, without a build.
//   node tests/support/run-from-source.cjs api/src/cli.ts start
// Required by another script instead, it only lets that script require the API's source.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = path.resolve(__dirname, '../..');
// The shared rules from their source, as jest.config.js maps them.
const DOMAIN = path.join(ROOT, 'packages/domain/src/index.ts');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === '@komunitas-pintar/domain' ? DOMAIN : resolveFilename.call(this, request, ...rest);
};

// The options the tests compile with (jest.config.js), so this process runs the same code.
const [, swcOptions] = require('../../jest.config.js').transform['^.+\\.ts$'];
Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};

if (require.main === module) {
  const entry = path.resolve(ROOT, process.argv[2]);
  process.argv.splice(1, 2, entry);
  require(entry);
}
