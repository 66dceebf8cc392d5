import fs from 'node:fs';
import path from 'node:path';
import { fixedClock } from '../../../api/src/common/dates';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { AuditService } from '../../../api/src/modules/audit/audit.service';
import { Role } from '../../../api/src/common/role';
import { makeEmployee, makeUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

const clock = fixedClock('2026-11-28T03:15:00Z');

describe('the audit trail', () => {
  it('keeps who acted, what on which record, the employee concerned, why and when by the clock', async () => {
    const committee = await makeUser(t.em(), [Role.COMMITTEE]);
    const employee = await makeEmployee(t.em());
    const em = t.em();
    new AuditService(clock).record(em, committee.actor, {
      action: 'committee.history.read',
      subjectType: 'Employee',
      subjectId: employee.id,
      employeeId: employee.id,
      purpose: 'Rapat Baperjakat 3 Desember',
      details: { sections: ['positions', 'learning'] },
    });
    await em.flush();

    const [entry] = await t.em().find(AuditEntry, { employeeId: employee.id });
    expect(entry).toMatchObject({
      at: new Date('2026-11-28T03:15:00Z'),
      actorUserId: committee.user.id,
      actorName: committee.user.username,
      action: 'committee.history.read',
      subjectType: 'Employee',
      subjectId: employee.id,
      purpose: 'Rapat Baperjakat 3 Desember',
      details: { sections: ['positions', 'learning'] },
    });
  });

  it('commits with the caller and disappears when the caller rolls back', async () => {
    const admin = await makeUser(t.em(), [Role.ADMIN]);
    const audit = new AuditService(clock);
    await t.em().transactional(async (em) => {
      audit.record(em, admin.actor, { action: 'test.kept', subjectType: 'Setting', subjectId: 'a' });
    });
    await expect(
      t.em().transactional(async (em) => {
        audit.record(em, admin.actor, { action: 'test.lost', subjectType: 'Setting', subjectId: 'b' });
        await em.flush();
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');

    const actions = (await t.em().find(AuditEntry, { actorUserId: admin.user.id })).map((e) => e.action);
    expect(actions).toEqual(['test.kept']);
  });

  it('writes nothing until the caller flushes, and records the system when no one is logged in', async () => {
    const em = t.em();
    new AuditService(clock).record(em, null, { action: 'test.system', subjectType: 'Import' });
    expect(await t.em().count(AuditEntry, { action: 'test.system' })).toBe(0);
    await em.flush();
    expect(await t.em().findOneOrFail(AuditEntry, { action: 'test.system' })).toMatchObject({
      actorUserId: null,
      actorName: 'system',
      subjectId: null,
      employeeId: null,
    });
  });

  it('imports nothing but common/, so every module may call it', () => {
    const dir = path.join(__dirname, '../../../api/src/modules/audit');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((i) => i.startsWith('.'));
      expect(imports.filter((i) => !i.startsWith('./') && !i.startsWith('../../common/'))).toEqual([]);
      expect(source).not.toMatch(/new Date\(\)|Date\.now\(/);
    }
  });
});
