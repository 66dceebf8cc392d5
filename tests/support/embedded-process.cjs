// Starts the embedded database of api/src/db/embedded.ts on the data folder given as argument, in
// a process of its own (PGlite does not start inside Jest's module sandbox): prints its URL as a
// line of JSON, stops on SIGTERM, and on a refused start prints the message to stderr and exits 1.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const file = path.join(__dirname, '../../api/src/db/embedded.ts');
const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
});
const embeddedModule = new Module(file);
embeddedModule.filename = file;
embeddedModule.paths = Module._nodeModulePaths(path.dirname(file));
embeddedModule._compile(outputText, file);
const { startEmbeddedPostgres } = embeddedModule.exports;

startEmbeddedPostgres({ dataDir: process.argv[2], maxConnections: 2 }).then(
  (embedded) => {
    process.stdout.write(`${JSON.stringify({ url: embedded.url })}\n`);
    process.once('SIGTERM', () => embedded.stop().then(() => process.exit(0)));
  },
  (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
