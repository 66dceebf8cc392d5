import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '../../common/read-model';

export interface CertificateFact {
  id: string;
  issuedOn: string;
  title: string;
  number: string;
  status: string;
}

export interface GroupFact {
  id: string;
  completedAt: Date;
  name: string;
}

/**
 * An employee's registered certificates (valid and revoked) and the community groups they
 * completed, for the history; read from the certificate and community tables (same-level
 * modules: their tables, not their code), one statement each.
 */
export async function certificatesAndGroupsOf(
  em: EntityManager,
  employeeId: string,
): Promise<{ certificates: CertificateFact[]; groups: GroupFact[] }> {
  const certificates = await readRows<{ id: string; issued_on: string; title: string; number: string; status: string }>(
    em,
    `select c.id, c.issued_on::text as issued_on, c.title, c.number, c.status from certificate c where c.employee_id = ?`,
    [employeeId],
  );
  const groups = await readRows<{ id: string; completed_at: Date | string; name: string }>(
    em,
    `select m.id, m.completed_at, g.name from group_member m join community_group g on g.id = m.group_id
      where m.employee_id = ? and m.completed_at is not null`,
    [employeeId],
  );
  return {
    certificates: certificates.map((c) => ({ id: c.id, issuedOn: c.issued_on, title: c.title, number: c.number, status: c.status })),
    groups: groups.map((g) => ({ id: g.id, completedAt: new Date(g.completed_at), name: g.name })),
  };
}
