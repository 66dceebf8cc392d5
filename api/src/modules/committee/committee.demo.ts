import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/dates';
import { Random } from '../../db/seed/random';
import { Employee } from '../organisation/employee.entity';
import { CreditStepCode } from '../record/credit-step';
import { LearningRecord } from '../record/learning-record.entity';
import { RecordSource, RecordStatus } from '../record/record.enums';
import { PerformanceRating, PotentialRating } from './nine-box';
import { TalentRating } from './talent-rating.entity';

/** Past learning of believable kinds: title, SIASN form, organiser, JP. */
const PAST_LEARNING: [string, number, string, number][] = [
  ['Bimbingan Teknis Tata Naskah Dinas Elektronik', 8, 'BKD Kabupaten Sidoarjo', 16],
  ['Pelatihan Analisis Data dengan Spreadsheet', 3, 'BPSDM Provinsi Jawa Timur', 24],
  ['Seminar Pelayanan Publik Prima', 9, 'Ombudsman RI Perwakilan Jawa Timur', 8],
  ['E-learning Etika dan Integritas ASN', 16, 'LAN RI', 10],
  ['Workshop Penyusunan SAKIP', 4, 'Bappeda Kabupaten Sidoarjo', 15],
  ['Pelatihan Kepemimpinan Pengawas', 1, 'BPSDM Provinsi Jawa Timur', 45],
  ['Bimtek Keamanan Informasi Pemerintah', 8, 'BSSN', 12],
  ['Sosialisasi Manajemen Talenta ASN', 7, 'BKN Kantor Regional II', 6],
  ['Kursus Komunikasi Efektif', 11, 'Universitas Airlangga', 20],
  ['Coaching Kinerja oleh Atasan', 14, 'Perangkat daerah sendiri', 4],
];

function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Three past years of approved learning for the demo employees, so JP histories, compliance and
 * talent searches across years have something to show: most reach 20 JP a year, some do not.
 */
export async function seedCommitteeDemo(em: EntityManager, clock: Clock): Promise<Record<string, number>> {
  const year = Number(clock.today().slice(0, 4));
  const employees = await em.find(Employee, { active: true }, { orderBy: { nip: 'asc' }, fields: ['id'] });
  const rnd = new Random(2020);
  const rows: RequiredEntityData<LearningRecord>[] = [];
  for (const employee of employees) {
    const diligent = rnd.chance(0.7);
    for (let y = year - 3; y < year; y++) {
      const count = rnd.int(diligent ? 2 : 0, diligent ? 4 : 2);
      const used = new Set<number>();
      for (let i = 0; i < count; i++) {
        const pick = rnd.int(0, PAST_LEARNING.length - 1);
        if (used.has(pick)) continue;
        used.add(pick);
        const [title, form, organiser, jp] = PAST_LEARNING[pick];
        const month = rnd.int(2, 11);
        const endDate = lastDayOf(y, month).slice(0, 8) + String(rnd.int(10, 25));
        rows.push({
          employee: employee.id,
          source: RecordSource.EXTERNAL,
          sourceId: null,
          form,
          title,
          organiser,
          startDate: endDate,
          endDate,
          minutes: jp * 45,
          jp,
          year: y,
          status: RecordStatus.APPROVED,
          creditSteps: [{ code: CreditStepCode.AS_APPROVED, jp }],
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await em
      .createQueryBuilder(LearningRecord)
      .insert(rows.slice(i, i + 1000))
      .execute('run');
  }
  // Last year's performance and potential for most of them, as BKD would import them.
  const ratings: RequiredEntityData<TalentRating>[] = [];
  const performance = [
    PerformanceRating.BELOW,
    PerformanceRating.MEETS,
    PerformanceRating.MEETS,
    PerformanceRating.MEETS,
    PerformanceRating.ABOVE,
  ];
  const potential = [PotentialRating.LOW, PotentialRating.MEDIUM, PotentialRating.MEDIUM, PotentialRating.HIGH];
  for (const employee of employees) {
    if (!rnd.chance(0.6)) continue;
    ratings.push({ employee: employee.id, year: year - 1, performance: rnd.pick(performance), potential: rnd.pick(potential) });
  }
  for (let i = 0; i < ratings.length; i += 1000) {
    await em
      .createQueryBuilder(TalentRating)
      .insert(ratings.slice(i, i + 1000))
      .execute('run');
  }
  return { demoPastLearning: rows.length, demoTalentRatings: ratings.length };
}
