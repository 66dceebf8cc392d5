import type { EntityManager } from '@mikro-orm/postgresql';
import { emitDomainEvent, onDomainEvent } from '../../../api/src/common/events';
import { fixedClock } from '../../../api/src/common/dates';

describe('domain events', () => {
  const ctx = { em: {} as EntityManager, clock: fixedClock(new Date('2026-12-01T00:00:00Z')) };
  const payload = {
    groupId: 'g1',
    employeeId: 'e1',
    learningRecordId: null,
    completedAt: new Date('2026-12-01T00:00:00Z'),
    score: null,
  };

  it('runs the handlers in the order they registered and stops at the first failure', async () => {
    const seen: string[] = [];
    onDomainEvent('groupMemberCompleted', (p) => {
      seen.push(`first ${p.employeeId}`);
    });
    onDomainEvent('groupMemberCompleted', async () => {
      seen.push('second');
      throw new Error('handler failed');
    });
    onDomainEvent('groupMemberCompleted', () => {
      seen.push('third');
    });
    await expect(emitDomainEvent('groupMemberCompleted', payload, ctx)).rejects.toThrow('handler failed');
    expect(seen).toEqual(['first e1', 'second']);
  });
});
