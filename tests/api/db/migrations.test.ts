import { Migration20261205120351_CourseModuleCodeUnique as CodeUnique } from '../../../api/src/db/migrations/Migration20261205120351_CourseModuleCodeUnique';
import { Migration20261205180000_LearningRecordCreditSteps as CreditSteps } from '../../../api/src/db/migrations/Migration20261205180000_LearningRecordCreditSteps';
import { Migration20261206090000_PlanItemLevels as PlanItemLevels } from '../../../api/src/db/migrations/Migration20261206090000_PlanItemLevels';
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

describe('the coded credit steps of learning records', () => {
  it('reads every wording of an old English credit note back into codes and parameters, keeping an unknown part as written', async () => {
    const migration = new CreditSteps(t.orm.em.getDriver(), t.orm.config);
    await migration.up();
    const statements = migration.getQueries().map((q: unknown) => (typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery()));
    const connection = t.orm.em.getConnection();
    await connection.execute('drop schema if exists before_credit_steps cascade');
    await connection.execute('create schema before_credit_steps');
    const notes = [
      '5 JP of learning; capped at 3 JP/day × 1 day(s) with room (2 JP already on them; 1 day(s) already full)',
      '2 JP/session × 0; only 0 of 1 session(s) in 2026-02 fit the cap of 2/month',
      '4 JP/day × 3 day(s); at most the 2 JP stated',
      '240 min / 45 per date (2 date(s)); capped at 3 JP/day: all 2 days are already full',
      'curriculum 10 JP; capped at 3 JP/day: the day is already full; +25% international',
      '2.5 JP as approved',
      '120 min / 45, to be approved',
      '1 JP per activity; capped at 3 JP/day (1.5 JP already that day)',
      'only 1 of 3 session(s) fit the cap of 2/month',
      'dicatat manual',
      null,
    ];
    try {
      await connection.execute('create table before_credit_steps.learning_record (id serial primary key, credit_note text null)');
      for (const note of notes)
        await connection.execute('insert into before_credit_steps.learning_record (credit_note) values (?)', [note]);
      await t.orm.em.transactional(async (em) => {
        await em.getConnection().execute('set local search_path to before_credit_steps', [], 'run', em.getTransactionContext());
        for (const sql of statements) await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
      });
      const rows: { credit_steps: unknown }[] = await connection.execute(
        'select credit_steps from before_credit_steps.learning_record order by id',
      );
      expect(rows.map((r) => r.credit_steps)).toEqual([
        [
          { code: 'STATED_LEARNING', jp: 5 },
          { code: 'DAY_CAP', cap: 3, days: 1, held: 2, full: 1 },
        ],
        [
          { code: 'PER_SESSION', value: 2, sessions: 0 },
          { code: 'SESSION_MONTH_CAP', fit: 0, sessions: 1, month: '2026-02', cap: 2 },
        ],
        [
          { code: 'PER_DAY', value: 4, days: 3 },
          { code: 'STATED_MAX', jp: 2 },
        ],
        [
          { code: 'MINUTES_PER_DATE', minutes: 240, minutesPerJp: 45, days: 2 },
          { code: 'DAY_CAP_FULL', cap: 3, full: 2 },
        ],
        [
          { code: 'CURRICULUM', jp: 10 },
          { code: 'DAY_CAP_FULL', cap: 3, full: 1 },
          { code: 'INTERNATIONAL_BONUS', percent: 25 },
        ],
        [{ code: 'AS_APPROVED', jp: 2.5 }],
        [{ code: 'TO_BE_APPROVED', minutes: 120, minutesPerJp: 45 }],
        [
          { code: 'PER_ACTIVITY', value: 1 },
          { code: 'DAY_CAP', cap: 3, days: 1, held: 1.5, full: 0 },
        ],
        [{ code: 'SESSION_MONTH_CAP', fit: 1, sessions: 3, cap: 2 }],
        [{ code: 'RECORDED_TEXT', text: 'dicatat manual' }],
        [],
      ]);
      const columns: { column_name: string }[] = await connection.execute(
        `select column_name from information_schema.columns where table_schema = 'before_credit_steps' and table_name = 'learning_record' order by column_name`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(['credit_steps', 'id']);
    } finally {
      await connection.execute('drop schema before_credit_steps cascade');
    }
  });
});

describe('the levels of plan items', () => {
  it('reads the notes the proposal wrote back into levels and empty notes, keeping the notes learners wrote', async () => {
    const migration = new PlanItemLevels(t.orm.em.getDriver(), t.orm.config);
    await migration.up();
    const statements = migration.getQueries().map((q: unknown) => (typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery()));
    const connection = t.orm.em.getConnection();
    await connection.execute('drop schema if exists before_plan_levels cascade');
    await connection.execute('create schema before_plan_levels');
    const integritas = '11111111-1111-4111-8111-111111111111';
    const kerjaSama = '22222222-2222-4222-8222-222222222222';
    try {
      await connection.execute('create table before_plan_levels.competency (id uuid primary key, name text not null)');
      await connection.execute(
        'create table before_plan_levels.development_plan_item (id serial primary key, competency_id uuid null, form_id smallint not null, note text null)',
      );
      await connection.execute('create table before_plan_levels.development_plan_event (id serial primary key, items jsonb not null)');
      await connection.execute(
        `insert into before_plan_levels.competency values ('${integritas}', 'Integritas'), ('${kerjaSama}', 'Kerja Sama')`,
      );
      const items: [string | null, number, string | null][] = [
        [integritas, 5, 'Integritas: level 0 → 2'],
        // The learner chose another competency and kept the note: it stays as written.
        [kerjaSama, 5, 'Integritas: level 1 → 2'],
        [integritas, 5, 'Integritas: level 3 → 2'],
        [integritas, 5, 'Ikut diklat PIM'],
        [null, 23, 'Komunitas belajar (kelompok pintar)'],
        [null, 16, 'Komunitas belajar (kelompok pintar)'],
        [null, 23, null],
      ];
      for (const item of items)
        await connection.execute(
          'insert into before_plan_levels.development_plan_item (competency_id, form_id, note) values (?, ?, ?)',
          item,
        );
      const snapshot = (competencyId: string | null, formId: number, note: string | null) => ({ competencyId, formId, targetJp: 8, note });
      await connection.execute('insert into before_plan_levels.development_plan_event (items) values (?), (?)', [
        JSON.stringify([
          snapshot(integritas, 5, 'Integritas: level 1 → 3'),
          snapshot(null, 23, 'Komunitas belajar (kelompok pintar)'),
          snapshot(kerjaSama, 5, 'Integritas: level 1 → 2'),
        ]),
        JSON.stringify([snapshot(null, 16, 'E-learning')]),
      ]);
      await t.orm.em.transactional(async (em) => {
        await em.getConnection().execute('set local search_path to before_plan_levels', [], 'run', em.getTransactionContext());
        for (const sql of statements) await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
      });
      const rows: { current_level: number | null; target_level: number | null; note: string | null }[] = await connection.execute(
        'select current_level, target_level, note from before_plan_levels.development_plan_item order by id',
      );
      expect(rows.map((r) => [r.current_level, r.target_level, r.note])).toEqual([
        [0, 2, null],
        [null, null, 'Integritas: level 1 → 2'],
        [null, null, 'Integritas: level 3 → 2'],
        [null, null, 'Ikut diklat PIM'],
        [null, null, null],
        [null, null, 'Komunitas belajar (kelompok pintar)'],
        [null, null, null],
      ]);
      const events: { items: unknown }[] = await connection.execute(
        'select items from before_plan_levels.development_plan_event order by id',
      );
      expect(events.map((e) => e.items)).toEqual([
        [
          { ...snapshot(integritas, 5, null), currentLevel: 1, targetLevel: 3 },
          snapshot(null, 23, null),
          snapshot(kerjaSama, 5, 'Integritas: level 1 → 2'),
        ],
        [snapshot(null, 16, 'E-learning')],
      ]);
    } finally {
      await connection.execute('drop schema before_plan_levels cascade');
    }
  });
});
