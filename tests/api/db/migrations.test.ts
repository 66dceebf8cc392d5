import { Migration20261205120351_CourseModuleCodeUnique as CodeUnique } from '../../../api/src/db/migrations/Migration20261205120351_CourseModuleCodeUnique';
import { setupTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

describe('migrations', () => {
  it('build exactly the schema the entities describe: a changed entity needs its migration (npm run db:migration:create)', async () => {
    const migrator = t.orm.getMigrator();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    const needed = await migrator.checkMigrationNeeded();
    if (needed) {
      // Name what differs, so the failure says which entity drifted.
      const diff = await t.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff).toBe('');
    }
    expect(needed).toBe(false);
  });
});

describe('the unique module code', () => {
  it('is built on a database whose modules share codes: the oldest keeps it, the others (every version) get the first free suffix', async () => {
    const migration = new CodeUnique(t.orm.em.getDriver(), t.orm.config);
    await migration.up();
    const statements = migration.getQueries().map((q: unknown) => (typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery()));
    const connection = t.orm.em.getConnection();
    // A copy of the table as it stood before the index, in a schema of its own.
    await connection.execute('drop schema if exists before_code_unique cascade');
    await connection.execute('create schema before_code_unique');
    try {
      await connection.execute(
        `create table before_code_unique.course_module (id serial primary key, created_at timestamptz not null, module_key text not null, version int not null, code text not null)`,
      );
      await connection.execute(`insert into before_code_unique.course_module (created_at, module_key, version, code) values
        ('2026-01-01', 'a', 1, 'SAMA'), ('2026-01-02', 'b', 1, 'SAMA'), ('2026-01-02', 'b', 2, 'SAMA'),
        ('2026-01-03', 'c', 1, 'SAMA'), ('2026-01-01', 'd', 1, 'SAMA-2'), ('2026-01-01', 'e', 1, 'LAIN')`);
      await t.orm.em.transactional(async (em) => {
        await em.getConnection().execute('set local search_path to before_code_unique', [], 'run', em.getTransactionContext());
        for (const sql of statements) await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
      });
      const rows: { module_key: string; version: number; code: string }[] = await connection.execute(
        'select module_key, version, code from before_code_unique.course_module order by module_key, version',
      );
      expect(rows.map((r) => `${r.module_key}${r.version} ${r.code}`)).toEqual([
        'a1 SAMA',
        'b1 SAMA-3',
        'b2 SAMA-3',
        'c1 SAMA-4',
        'd1 SAMA-2',
        'e1 LAIN',
      ]);
      const index = await connection.execute(
        `select indexdef from pg_indexes where schemaname = 'before_code_unique' and indexname = 'course_module_code_unique'`,
      );
      expect(index).toHaveLength(1);
    } finally {
      await connection.execute('drop schema before_code_unique cascade');
    }
  });
});
