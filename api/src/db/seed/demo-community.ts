import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/dates';
import { Competency } from '../../modules/competency/competency.entity';
import { CommunityGroup, GroupEvent, GroupMember } from '../../modules/community/community-group.entity';
import { GroupFunding, GroupAction, GroupMode, GroupStatus, JoinPolicy, MemberStatus } from '../../modules/community/community.enums';
import type { CreateGroupInput } from '../../modules/community/community.inputs';
import { CommunityService } from '../../modules/community/community.service';
import { toActor } from '../../modules/identity/identity.service';
import { User } from '../../modules/identity/user.entity';
import { Employee } from '../../modules/organisation/employee.entity';

export interface DemoCommunityCounts {
  groups: number;
  members: number;
}

/** A demo group: what the trainer proposed, where it stands, and who is in it. */
interface GroupSeed {
  key: string;
  trainer: 'pelatih' | string;
  status: GroupStatus;
  /** Days from today of the planned start and end. */
  startIn: number;
  endIn: number;
  members: number;
  peserta?: boolean;
  reason?: string;
  input: Omit<CreateGroupInput, 'groupMonitorId' | 'groupTrainerId' | 'plannedStart' | 'plannedEnd' | 'competencies'> & { competencies: [string, number][] };
}

export const DEMO_GROUPS: GroupSeed[] = [
  {
    key: 'running',
    trainer: 'pelatih',
    status: GroupStatus.RUNNING,
    startIn: -21,
    endIn: 35,
    members: 7,
    peserta: true,
    input: {
      name: 'Komunitas Analisis Data Layanan Publik',
      purpose: 'Mengolah data pengaduan dan kepuasan layanan menjadi dasbor bulanan OPD: membersihkan data, tabel pivot dan visualisasi sederhana.',
      mode: GroupMode.BLENDED,
      joinPolicy: JoinPolicy.ANY_OPD,
      capacity: 12,
      plannedSessions: 8,
      funding: GroupFunding.APBD,
      costPerParticipant: 350_000,
      budgetReference: '5.1.02.01.01.0024 — DPA Diskominfo 2026, Pengembangan Kompetensi',
      competencies: [['T.TIK.03', 2], ['M.05', 2]],
    },
  },
  {
    key: 'completed',
    trainer: 'pelatih',
    status: GroupStatus.COMPLETED,
    startIn: -100,
    endIn: -40,
    members: 6,
    input: {
      name: 'Kelompok Tata Naskah Dinas Elektronik',
      purpose: 'Menyusun surat dinas, nota dinas dan disposisi elektronik sesuai pedoman tata naskah dinas kabupaten.',
      mode: GroupMode.OFFLINE,
      joinPolicy: JoinPolicy.LISTED_OPDS,
      openToOpdCodes: ['DISKOMINFO', 'BKD'],
      capacity: 10,
      plannedSessions: 4,
      funding: GroupFunding.COST_SHARING,
      costPerParticipant: 400_000,
      participantSharePercent: 30,
      competencies: [['T.ARS.03', 2], ['M.03', 2]],
    } as never,
  },
  {
    key: 'open',
    trainer: 'other',
    status: GroupStatus.APPROVED,
    startIn: 10,
    endIn: 70,
    members: 4,
    input: {
      name: 'Kelompok Pelayanan Prima Kecamatan',
      purpose: 'Berbagi praktik baik pelayanan di kecamatan: standar pelayanan, penanganan pengaduan dan survei kepuasan masyarakat.',
      mode: GroupMode.OFFLINE,
      joinPolicy: JoinPolicy.ANY_OPD,
      capacity: 20,
      plannedSessions: 6,
      funding: GroupFunding.MANDIRI,
      costPerParticipant: 0,
      competencies: [['T.YAN.02', 3], ['T.YAN.03', 2]],
    },
  },
  {
    key: 'proposed',
    trainer: 'other',
    status: GroupStatus.PROPOSED,
    startIn: 20,
    endIn: 80,
    members: 0,
    input: {
      name: 'Kelompok Bahasa Inggris Perkantoran',
      purpose: 'Latihan percakapan dan surat-menyurat bahasa Inggris untuk pelayanan investor dan kerja sama daerah.',
      mode: GroupMode.ONLINE,
      joinPolicy: JoinPolicy.ANY_OPD,
      capacity: 15,
      plannedSessions: 10,
      funding: GroupFunding.COST_SHARING,
      costPerParticipant: 600_000,
      participantSharePercent: 50,
      competencies: [['M.03', 3]],
    },
  },
  {
    key: 'draft',
    trainer: 'pelatih',
    status: GroupStatus.DRAFT,
    startIn: 40,
    endIn: 100,
    members: 0,
    reason: 'Lengkapi kode rekening DPA yang benar dan jadwal sesi luring.',
    input: {
      name: 'Kelompok Keamanan Informasi OPD',
      purpose: 'Memahami dasar keamanan informasi: kata sandi, phishing, cadangan data dan penanganan insiden di OPD.',
      mode: GroupMode.BLENDED,
      joinPolicy: JoinPolicy.INVITATION,
      capacity: 15,
      plannedSessions: 5,
      funding: GroupFunding.APBD,
      costPerParticipant: 500_000,
      budgetReference: '5.1.02.01.01.0031',
      competencies: [['T.TIK.02', 2]],
    },
  },
  {
    key: 'cancelled',
    trainer: 'other',
    status: GroupStatus.CANCELLED,
    startIn: -30,
    endIn: 30,
    members: 2,
    reason: 'Pelatih dimutasi; kelompok digabung dengan Kelompok Pelayanan Prima Kecamatan.',
    input: {
      name: 'Kelompok Administrasi Kependudukan Desa',
      purpose: 'Pendampingan operator desa dalam pemutakhiran data kependudukan dan layanan adminduk keliling.',
      mode: GroupMode.OFFLINE,
      joinPolicy: JoinPolicy.ANY_OPD,
      capacity: 10,
      plannedSessions: 4,
      funding: GroupFunding.MANDIRI,
      costPerParticipant: 0,
      competencies: [['T.DUK.01', 2]],
    },
  },
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The status path a group took to reach `status`, as events. */
function pathTo(status: GroupStatus): GroupAction[] {
  const path: Record<GroupStatus, GroupAction[]> = {
    [GroupStatus.DRAFT]: [GroupAction.PROPOSED, GroupAction.RETURNED],
    [GroupStatus.PROPOSED]: [GroupAction.PROPOSED],
    [GroupStatus.APPROVED]: [GroupAction.PROPOSED, GroupAction.APPROVED],
    [GroupStatus.RUNNING]: [GroupAction.PROPOSED, GroupAction.APPROVED, GroupAction.STARTED],
    [GroupStatus.COMPLETED]: [GroupAction.PROPOSED, GroupAction.APPROVED, GroupAction.STARTED],
    [GroupStatus.CANCELLED]: [GroupAction.PROPOSED, GroupAction.APPROVED, GroupAction.CANCELLED],
  };
  return path[status];
}

/**
 * Six smart groups across OPDs in every state: `pelatih` trains the running one (with `peserta`
 * in it), the completed one and a returned draft; `pengawas` monitors them. Returns the groups by key
 * for the sessions and completion that follow.
 */
export async function seedDemoCommunity(
  em: EntityManager,
  clock: Clock,
  accounts: { trainer: string; supervisor: string; learner: string; admin: string },
): Promise<{ counts: DemoCommunityCounts; groups: Map<string, CommunityGroup> }> {
  const groups = new Map<string, CommunityGroup>();
  if (await em.count(CommunityGroup, {})) return { counts: { groups: 0, members: 0 }, groups };
  const users = await em.find(User, { username: { $in: Object.values(accounts) } }, { populate: ['employee'] });
  const byName = (u: string) => users.find((x) => x.username === u)!;
  const admin = toActor(byName(accounts.admin));
  const trainer = byName(accounts.trainer);
  const monitor = byName(accounts.supervisor);
  const learner = byName(accounts.learner);
  const reserved = new Set(users.map((u) => u.employee?.id).filter(Boolean) as string[]);
  // Members and other trainers: generated employees, in a fixed order so the demo is the same every time.
  const pool = (await em.find(Employee, { id: { $nin: [...reserved] } }, { orderBy: { nip: 'asc' }, limit: 80 })).filter((e) => !reserved.has(e.id));
  const competencies = new Map((await em.find(Competency, {})).map((c) => [c.code, c.id]));
  const opdIds = new Map((await em.getConnection().execute<{ code: string; id: string }[]>('select code, id from opd')).map((o) => [o.code, o.id]));
  const today = clock.today();
  const service = new CommunityService(em, clock);
  let next = 0;
  let members = 0;
  for (const seed of DEMO_GROUPS) {
    const otherTrainer = pool[next++];
    const { competencies: codes, openToOpdCodes, ...input } = seed.input as GroupSeed['input'] & { openToOpdCodes?: string[] };
    const group = await service.create(admin, {
      ...input,
      groupTrainerId: seed.trainer === 'pelatih' ? trainer.employee!.id : otherTrainer.id,
      groupMonitorId: monitor.employee!.id,
      plannedStart: addDays(today, seed.startIn),
      plannedEnd: addDays(today, seed.endIn),
      competencies: codes.map(([code, level]) => ({ competencyId: competencies.get(code)!, level })),
      ...(openToOpdCodes && { openToOpdIds: openToOpdCodes.map((c) => opdIds.get(c)!) }),
    });
    group.createdBy = em.getReference(User, seed.trainer === 'pelatih' ? trainer.id : admin.userId) as never;
    group.status = seed.status;
    let day = seed.startIn - 14;
    for (const action of pathTo(seed.status)) {
      const by = action === GroupAction.APPROVED || action === GroupAction.RETURNED ? admin.userId : seed.trainer === 'pelatih' ? trainer.id : admin.userId;
      const at = new Date(`${addDays(today, Math.min(day, -1))}T02:00:00Z`);
      const reason = action === GroupAction.RETURNED || action === GroupAction.CANCELLED ? seed.reason! : null;
      em.create(GroupEvent, { group, action, actor: by, reason, at });
      day += action === GroupAction.APPROVED ? 14 : 3;
    }
    if (seed.reason) group.decisionReason = seed.reason;
    const joined = new Date(`${addDays(today, Math.min(seed.startIn - 3, -1))}T03:00:00Z`);
    const people = [...(seed.peserta ? [learner.employee!] : []), ...pool.slice(next, next + seed.members - (seed.peserta ? 1 : 0))];
    next += seed.members;
    for (const employee of people) {
      em.create(GroupMember, { group, employee, status: MemberStatus.ACTIVE, joinedAt: joined });
      members++;
    }
    if (seed.status === GroupStatus.APPROVED) {
      // Someone waiting for the trainer's answer.
      em.create(GroupMember, { group, employee: pool[next++], status: MemberStatus.APPLIED });
    }
    groups.set(seed.key, group);
  }
  await em.flush();
  return { counts: { groups: groups.size, members }, groups };
}
