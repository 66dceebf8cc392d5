import { registerEnumType } from 'type-graphql';

export enum LearningDelivery {
  KLASIKAL = 'KLASIKAL',
  NONKLASIKAL = 'NONKLASIKAL',
}

/** How the JP of an activity of a form of learning is computed (DOMAIN.md, PerLAN 10/2018). */
export enum CreditMode {
  /** The JP stated by the curriculum of the activity. */
  CURRICULUM = 'CURRICULUM',
  /** A fixed number of JP per day attended. */
  PER_DAY = 'PER_DAY',
  /** A fixed number of JP per session, with a monthly cap on sessions. */
  PER_SESSION = 'PER_SESSION',
  /** A fixed number of JP per activity, whatever its length. */
  PER_ACTIVITY = 'PER_ACTIVITY',
  /** Actual minutes of learning / 45, capped per day. */
  ACTUAL = 'ACTUAL',
  /** The JP approved by the supervisor. */
  AS_APPROVED = 'AS_APPROVED',
}

registerEnumType(LearningDelivery, { name: 'LearningDelivery' });
registerEnumType(CreditMode, { name: 'CreditMode', description: 'How JP are credited for a form of learning' });

export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export enum PlanAction {
  PROPOSED = 'PROPOSED',
  EDITED = 'EDITED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED for changes' });
registerEnumType(PlanAction, { name: 'PlanAction' });

export enum RecordSource {
  MODULE = 'MODULE',
  GROUP = 'GROUP',
  EXTERNAL = 'EXTERNAL',
}

export enum RecordStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(RecordSource, { name: 'RecordSource', description: 'What earned the JP' });
registerEnumType(RecordStatus, { name: 'RecordStatus' });

/** Days off in the government calendar (SKB of the Ministers of Religion, Manpower and PANRB). */
export enum HolidayKind {
  /** Hari libur nasional. */
  NATIONAL_HOLIDAY = 'NATIONAL_HOLIDAY',
  /** Cuti bersama: a collective leave day, off for civil servants. */
  CUTI_BERSAMA = 'CUTI_BERSAMA',
}

registerEnumType(HolidayKind, { name: 'HolidayKind', description: 'National holiday or cuti bersama' });

/** Where a claim stands: waiting for a decision, approved, rejected, or returned to the employee for revision. */
export enum ClaimStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
}

/** Who paid for the learning (sumber anggaran). */
export enum FundingSource {
  APBD = 'APBD',
  APBN = 'APBN',
  SELF_FUNDED = 'SELF_FUNDED',
  COST_SHARING = 'COST_SHARING',
  THIRD_PARTY = 'THIRD_PARTY',
}

/** What an evidence file of a claim is. */
export enum ClaimEvidenceKind {
  /** The organiser's certificate (sertifikat / surat keterangan). */
  CERTIFICATE = 'CERTIFICATE',
  /** A learning report (laporan), which some forms require. */
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'SUBMITTED → APPROVED or REJECTED, or RETURNED for revision and sent again',
});
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Sumber anggaran: APBD, APBN, self-funded (mandiri), cost-sharing, a third party',
});
registerEnumType(ClaimEvidenceKind, { name: 'ClaimEvidenceKind' });
