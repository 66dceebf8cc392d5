import type { EntityManager } from '@mikro-orm/postgresql';
import { withClock } from '../../common/clock-stamps';
import { type Clock, fixedClock, isWeekend } from '../../common/dates';
import { Timeline } from '../../db/seed/demo-learning';
import { Random } from '../../db/seed/random';
import { Competency } from '../competency/competency.entity';
import { toActor } from '../identity/identity.service';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { newCodeSecret } from './check-in-code';
import { completeGroup } from './complete-group';
import { CommunityGroup, GroupEvent, GroupMember } from './community-group.entity';
import {
  AttendanceFlag,
  AttendanceMethod,
  GroupFunding,
  GroupAction,
  GroupMode,
  GroupStatus,
  JoinPolicy,
  MemberResult,
  MemberStatus,
  SessionStatus,
} from './community.enums';
import type { CreateGroupInput } from './community.inputs';
import { CommunityService } from './community.service';
import { Attendance, GroupSession } from './group-session.entity';

export interface DemoCommunityCounts {
  groups: number;
  members: number;
  sessions?: number;
  attendances?: number;
  /** Members credited when the completed group completed. */
  credited?: number;
}

/** The demo accounts the community demo gives parts to. */
export const DEMO_COMMUNITY_ACCOUNTS = { trainer: 'pelatih', supervisor: 'pengawas', learner: 'peserta', admin: 'admin' };

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
  input: Omit<CreateGroupInput, 'groupMonitorId' | 'groupTrainerId' | 'plannedStart' | 'plannedEnd' | 'competencies'> & {
    competencies: [string, number][];
  };
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
      purpose:
        'Mengolah data pengaduan dan kepuasan layanan menjadi dasbor bulanan OPD: membersihkan data, tabel pivot dan visualisasi sederhana.',
      mode: GroupMode.BLENDED,
      joinPolicy: JoinPolicy.ANY_OPD,
      capacity: 12,
      plannedSessions: 8,
      funding: GroupFunding.APBD,
      costPerParticipant: 350_000,
      budgetReference: '5.1.02.01.01.0024 — DPA Diskominfo 2026, Pengembangan Kompetensi',
      competencies: [
        ['T.TIK.03', 2],
        ['M.05', 2],
      ],
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
      competencies: [
        ['T.ARS.03', 2],
        ['M.03', 2],
      ],
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
      competencies: [
        ['T.YAN.02', 3],
        ['T.YAN.03', 2],
      ],
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
  if (users.length < Object.keys(accounts).length) return { counts: { groups: 0, members: 0 }, groups };
  const byName = (u: string) => users.find((x) => x.username === u)!;
  const admin = toActor(byName(accounts.admin));
  const trainer = byName(accounts.trainer);
  const monitor = byName(accounts.supervisor);
  const learner = byName(accounts.learner);
  const reserved = new Set(users.map((u) => u.employee?.id).filter(Boolean) as string[]);
  // Members and other trainers: generated employees, in a fixed order so the demo is the same every time.
  const pool = (await em.find(Employee, { id: { $nin: [...reserved] } }, { orderBy: { nip: 'asc' }, limit: 80 })).filter(
    (e) => !reserved.has(e.id),
  );
  const competencies = new Map((await em.find(Competency, {})).map((c) => [c.code, c.id]));
  const opdIds = new Map(
    (await em.getConnection().execute<{ code: string; id: string }[]>('select code, id from opd')).map((o) => [o.code, o.id]),
  );
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
      const by =
        action === GroupAction.APPROVED || action === GroupAction.RETURNED
          ? admin.userId
          : seed.trainer === 'pelatih'
            ? trainer.id
            : admin.userId;
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
  const held = await seedSessions(em, clock, groups, { trainer, monitor, learnerEmployeeId: learner.employee!.id });
  // The completion ran on a fork with its own clock: forget what this one holds of it.
  em.clear();
  return { counts: { groups: groups.size, members, ...held }, groups };
}

/** The community part of the demo regency, as the module's `seedDemo` hook reports it. */
export async function seedCommunityDemo(em: EntityManager, clock: Clock): Promise<Record<string, number>> {
  const { counts } = await seedDemoCommunity(em, clock, DEMO_COMMUNITY_ACCOUNTS);
  return {
    demoGroups: counts.groups,
    demoGroupMembers: counts.members,
    demoGroupSessions: counts.sessions ?? 0,
    demoAttendances: counts.attendances ?? 0,
    demoGroupCompletions: counts.credited ?? 0,
  };
}

/** Where the demo groups meet, with the radius within which a check-in is not flagged. */
const PLACES = {
  diskominfo: {
    placeName: 'Ruang Rapat Diskominfo, Jl. Diponegoro 139 Sidoarjo',
    latitude: -7.4478,
    longitude: 112.7183,
    radiusMeters: 150,
  },
  bkd: { placeName: 'Aula BKD Kabupaten Sidoarjo', latitude: -7.4462, longitude: 112.7176, radiusMeters: 120 },
};
type Place = (typeof PLACES)[keyof typeof PLACES];

/** A point `metres` north of a place (as a phone there would report it). */
function near(place: Place, metres: number): { latitude: number; longitude: number } {
  return { latitude: place.latitude + metres / 111_320, longitude: place.longitude };
}

/** The working day `n` days ago, or the nearest one before it; never before 1 January. */
function workingDayAgo(timeline: Timeline, n: number): string {
  for (let k = n; k < n + 7; k++) if (!isWeekend(timeline.daysAgo(k))) return timeline.daysAgo(k);
  return timeline.daysAgo(n);
}

interface SessionSeed {
  topic: string;
  /** Working days ago (negative: days ahead, planned). */
  daysAgo: number;
  /** Local start, minutes after midnight, and length in minutes. */
  start: number;
  minutes: number;
  place?: Place;
  meetingUrl?: string;
  report?: string;
  acknowledged?: boolean;
}

const RUNNING_SESSIONS: SessionSeed[] = [
  {
    topic: 'Membersihkan data pengaduan dengan lembar kerja',
    daysAgo: 17,
    start: 13 * 60,
    minutes: 120,
    place: PLACES.diskominfo,
    report:
      'Peserta membersihkan 1.200 baris data pengaduan SP4N-LAPOR: duplikat, format tanggal dan kategori. Semua peserta membawa data OPD masing-masing.',
    acknowledged: true,
  },
  {
    topic: 'Tabel pivot untuk rekap layanan bulanan',
    daysAgo: 10,
    start: 13 * 60,
    minutes: 120,
    place: PLACES.diskominfo,
    report: 'Rekap pengaduan per kecamatan dan per kanal dengan tabel pivot; tiga peserta menyusun rekap OPD-nya sendiri sebagai tugas.',
  },
  {
    topic: 'Membaca hasil survei kepuasan masyarakat',
    daysAgo: 3,
    start: 9 * 60,
    minutes: 90,
    meetingUrl: 'https://meet.sidoarjokab.go.id/komunitas-data',
  },
  { topic: 'Visualisasi sederhana untuk dasbor OPD', daysAgo: -4, start: 13 * 60, minutes: 120, place: PLACES.diskominfo },
  { topic: 'Presentasi dasbor bulanan per OPD', daysAgo: -11, start: 13 * 60, minutes: 120, place: PLACES.diskominfo },
];

const COMPLETED_SESSIONS: SessionSeed[] = [
  {
    topic: 'Jenis naskah dinas dan susunannya',
    daysAgo: 95,
    start: 9 * 60,
    minutes: 90,
    place: PLACES.bkd,
    report: 'Jenis dan susunan naskah dinas; latihan menyusun nota dinas.',
    acknowledged: true,
  },
  {
    topic: 'Surat dinas elektronik dan penomoran',
    daysAgo: 88,
    start: 9 * 60,
    minutes: 90,
    place: PLACES.bkd,
    report: 'Penomoran dan tanda tangan elektronik surat dinas; setiap peserta mengirim satu surat uji.',
    acknowledged: true,
  },
  {
    topic: 'Disposisi elektronik',
    daysAgo: 81,
    start: 9 * 60,
    minutes: 90,
    place: PLACES.bkd,
    report: 'Alur disposisi elektronik dari pimpinan ke pelaksana, dengan studi kasus surat masuk.',
    acknowledged: true,
  },
  {
    topic: 'Arsip naskah dinas dan evaluasi',
    daysAgo: 74,
    start: 9 * 60,
    minutes: 90,
    place: PLACES.bkd,
    report: 'Penyimpanan arsip naskah elektronik; evaluasi akhir dengan penyusunan satu berkas lengkap.',
    acknowledged: true,
  },
];

/** How a member turned up: minutes late, or where the phone was; absent when null. */
type Presence = { late: number; away?: number; noLocation?: boolean; manual?: string; leftEarly?: number } | null;

/**
 * Sessions and attendance of the running and the completed demo group, and the completion of the
 * latter through the real command (credited in this year's ledger, certificates following it).
 * The running group (with `peserta`) has a session open from half an hour before the data is
 * loaded, so check-in can be tried at once beside the trainer's screen.
 */
async function seedSessions(
  em: EntityManager,
  clock: Clock,
  groups: Map<string, CommunityGroup>,
  people: { trainer: User; monitor: User; learnerEmployeeId: string },
): Promise<{ sessions: number; attendances: number; credited: number }> {
  const timeline = new Timeline(clock);
  const rnd = new Random(2023);
  let sessions = 0;
  let attendances = 0;
  const stamp = (at: Date) => ({ createdAt: at, updatedAt: at });

  /** Creates the sessions of a group; past ones closed with the given presences, future ones planned. */
  const hold = async (group: CommunityGroup, seeds: SessionSeed[], presence: (member: number, session: number) => Presence) => {
    const members = await em.find(GroupMember, { group, status: MemberStatus.ACTIVE }, { orderBy: { employee: { nip: 'asc' } } });
    // The demo learner first, so her attendance is the same whatever the NIPs.
    const pesertaFirst = [
      ...members.filter((m) => m.employee.id === people.learnerEmployeeId),
      ...members.filter((m) => m.employee.id !== people.learnerEmployeeId),
    ];
    for (const [i, seed] of seeds.entries()) {
      const date = seed.daysAgo >= 0 ? workingDayAgo(timeline, seed.daysAgo) : addDays(timeline.today, -seed.daysAgo);
      const startsAt = timeline.instant(date, seed.start, seed.daysAgo >= 0);
      const endsAt = timeline.instant(date, seed.start + seed.minutes, seed.daysAgo >= 0);
      const past = seed.daysAgo >= 0;
      const place = seed.place
        ? {
            placeName: seed.place.placeName,
            latitude: seed.place.latitude,
            longitude: seed.place.longitude,
            radiusMeters: seed.place.radiusMeters,
          }
        : {};
      const session = em.create(GroupSession, {
        group,
        topic: seed.topic,
        startsAt,
        endsAt,
        ...place,
        meetingUrl: seed.meetingUrl ?? null,
        codeSecret: newCodeSecret(),
        status: past ? SessionStatus.CLOSED : SessionStatus.PLANNED,
        openedAt: past ? new Date(startsAt.getTime() - 5 * 60_000) : null,
        closedAt: past ? endsAt : null,
        report: seed.report ?? null,
        reportFiledAt: seed.report ? new Date(endsAt.getTime() + 3 * 3_600_000) : null,
        reportAcknowledgedAt: seed.acknowledged ? new Date(endsAt.getTime() + 26 * 3_600_000) : null,
        ...stamp(new Date(startsAt.getTime() - 7 * 86_400_000)),
      });
      sessions++;
      if (!past) continue;
      for (const [m, member] of pesertaFirst.entries()) {
        const p = presence(m, i);
        if (!p) continue;
        const checkInAt = new Date(startsAt.getTime() + p.late * 60_000 + rnd.int(0, 50) * 1000);
        const checkOutAt = p.leftEarly ? new Date(endsAt.getTime() - p.leftEarly * 60_000) : null;
        const where = seed.place && !p.noLocation && !p.manual ? near(seed.place, p.away ?? rnd.int(5, 60)) : null;
        const distance = where ? Math.round((where.latitude - seed.place!.latitude) * 111_320) : null;
        em.create(Attendance, {
          session,
          employee: member.employee,
          checkInAt,
          checkOutAt,
          method: p.manual ? AttendanceMethod.MANUAL : AttendanceMethod.CODE,
          manualReason: p.manual ?? null,
          markedBy: p.manual ? people.trainer : null,
          latitude: where?.latitude ?? null,
          longitude: where?.longitude ?? null,
          distanceMeters: distance,
          flag:
            !seed.place || p.manual
              ? null
              : !where
                ? AttendanceFlag.NO_LOCATION
                : distance! > seed.place.radiusMeters
                  ? AttendanceFlag.OUTSIDE_RADIUS
                  : null,
          ...stamp(checkInAt),
        });
        attendances++;
      }
    }
  };

  // The running group: most members come; one far from the place, one without a location, one marked by hand, some absent.
  const running = groups.get('running')!;
  await hold(running, RUNNING_SESSIONS, (m, s) => {
    if (m === 0) return s === 2 ? null : { late: 2 }; // peserta missed the online session
    if (m === 1) return { late: 5, ...(s === 1 && { away: 2_400 }) };
    if (m === 2) return s === 0 ? { late: 0, noLocation: true } : { late: 10 };
    if (m === 3) return s === 1 ? { late: 0, manual: 'Ponsel peserta mati; hadir di ruang rapat, dicatat pelatih' } : { late: 1 };
    if (m === 4) return s === 2 ? { late: 20 } : { late: 3, ...(s === 0 && { leftEarly: 45 }) };
    if (m === 5) return s === 0 ? { late: 0 } : null; // came once, under the threshold
    return { late: 15 };
  });
  // Today's session, open now: it began half an hour ago.
  const now = clock.now();
  const startsAt = new Date(Math.floor((now.getTime() - 30 * 60_000) / 300_000) * 300_000);
  em.create(GroupSession, {
    group: running,
    topic: 'Latihan dasbor: data pengaduan OPD masing-masing',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    ...PLACES.diskominfo,
    codeSecret: newCodeSecret(),
    status: SessionStatus.OPEN,
    openedAt: new Date(startsAt.getTime() - 5 * 60_000),
    ...stamp(new Date(startsAt.getTime() - 7 * 86_400_000)),
  });
  sessions++;

  // The completed group: four sessions; the fifth member missed one, the sixth came once and did not complete.
  const completed = groups.get('completed')!;
  completed.status = GroupStatus.RUNNING;
  await hold(completed, COMPLETED_SESSIONS, (m, s) => {
    if (m === 5) return s === 0 ? { late: 5 } : null;
    if (m === 4 && s === 2) return null;
    if (m === 2 && s === 1) return { late: 0, away: 900 };
    return { late: m * 3, ...(m === 1 && s === 3 && { leftEarly: 20 }) };
  });
  await em.flush();
  const members = await em.find(GroupMember, { group: completed, status: MemberStatus.ACTIVE }, { orderBy: { employee: { nip: 'asc' } } });
  for (const [i, member] of members.entries()) {
    const done = i < members.length - 1;
    em.assign(member, {
      result: done ? MemberResult.COMPLETED : MemberResult.NOT_COMPLETED,
      score: done ? 75 + ((i * 7) % 20) : null,
      resultComment: done ? null : 'Hanya hadir pada satu dari empat sesi.',
    });
  }
  await em.flush();
  const endDate = workingDayAgo(timeline, 70);
  const completionClock = fixedClock(timeline.instant(endDate, 10 * 60), clock.timeZone);
  await completeGroup(withClock(em, completionClock), toActor(people.monitor), completed.id, completionClock);
  const credited = members.length - 1;
  return { sessions, attendances, credited };
}
