import { withClock, withClockOnFirstUse } from '../../../api/src/common/clock-stamps';
import { readRows } from '../../../api/src/common/read-model';
import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { OpdKind } from '../../../api/src/modules/organisation/organisation.enums';
import { Opd } from '../../../api/src/modules/organisation/opd.entity';
import { OrganisationService } from '../../../api/src/modules/organisation/organisation.service';
import { makeUser, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN]);
});
afterAll(() => t.close());

describe('the clock stamps what is written', () => {
  it('a row is created and changed at the times of the clock its request runs on', async () => {
    const created = fixedClock('2026-03-02T09:15:00+07:00');
    const em = withClock(t.em(), created);
    const opd = await new OrganisationService(em, created).createOpd(admin.actor, {
      code: 'DISPERKIM',
      name: 'Dinas Perumahan',
      kind: OpdKind.DINAS,
    });
    const stored = await t.em().findOneOrFail(Opd, opd.id);
    expect(stored.createdAt.toISOString()).toBe('2026-03-02T02:15:00.000Z');
    expect(stored.updatedAt.toISOString()).toBe('2026-03-02T02:15:00.000Z');

    const changed = fixedClock('2026-04-10T13:00:00+07:00');
    const later = withClock(t.em(), changed);
    const row = await later.findOneOrFail(Opd, opd.id);
    row.name = 'Dinas Perumahan dan Permukiman';
    await later.flush();
    const after = await t.em().findOneOrFail(Opd, opd.id);
    expect(after.createdAt.toISOString()).toBe('2026-03-02T02:15:00.000Z');
    expect(after.updatedAt.toISOString()).toBe('2026-04-10T06:00:00.000Z');
  });

  it('inside a transaction the request’s clock still stamps', async () => {
    const clock = fixedClock('2025-12-31T23:00:00+07:00');
    const em = withClock(t.em(), clock);
    const id = await em.transactional(
      async (tx) => tx.create(Opd, { code: 'DLH', name: 'Dinas Lingkungan Hidup', kind: OpdKind.DINAS }).id,
    );
    expect((await t.em().findOneOrFail(Opd, id)).createdAt.toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('a request’s EntityManager is forked only when more than its connection is asked of it', async () => {
    const clock = fixedClock('2026-05-04T08:00:00+07:00');
    const root = t.em();
    const fork = jest.spyOn(root, 'fork');
    try {
      const em = withClockOnFirstUse(root, clock);
      expect(await readRows<{ one: number }>(em, 'select 1 as one where ? = ?', [1, 1])).toEqual([{ one: 1 }]);
      expect(em.getTransactionContext()).toBeUndefined();
      expect(fork).not.toHaveBeenCalled();

      const opd = await new OrganisationService(em, clock).createOpd(admin.actor, {
        code: 'BALAI-UJI',
        name: 'Balai Uji Mutu',
        kind: OpdKind.DINAS,
      });
      expect(fork).toHaveBeenCalledTimes(1);
      expect((await t.em().findOneOrFail(Opd, opd.id)).createdAt.toISOString()).toBe('2026-05-04T01:00:00.000Z');
      expect(em.getUnitOfWork().getIdentityMap().values()).toContain(opd);
      await em.findOneOrFail(Opd, opd.id);
      expect(fork).toHaveBeenCalledTimes(1);
    } finally {
      fork.mockRestore();
    }
  });
});
