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
