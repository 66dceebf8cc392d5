'use strict';
/**
 * The peers benchmark's database where no PostgreSQL server answers: embedded PostgreSQL
 * (PGlite, in memory) in a process of its own, so its CPU is counted apart from the servers'.
 * Tells its parent `{ url }` once it accepts connections.
 */
const { startEmbeddedPostgres } = require('../../../api/dist/db/embedded.js');

startEmbeddedPostgres({ port: Number(process.env.PORT), maxConnections: 64 }).then(
  (db) => {
    process.send({ url: db.url });
    process.on('SIGTERM', () => db.stop().finally(() => process.exit(0)));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
