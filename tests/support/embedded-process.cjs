// Starts the embedded database of api/src/db/embedded.ts on the data folder given as argument, in
// a process of its own (PGlite does not start inside Jest's module sandbox): prints its URL as a
// line of JSON, stops on SIGTERM, and on a refused start prints the message to stderr and exits 1.
// The API's source, compiled as the tests compile it.
require('./run-from-source.cjs');
const { startEmbeddedPostgres } = require('../../api/src/db/embedded');

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
