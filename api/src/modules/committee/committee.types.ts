import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CompetencyLevelAgainstStandard, CompetencyLevelFact } from '../competency/competency.types';
import { Employee } from '../organisation/employee.entity';
import { Position } from '../organisation/position.entity';
import { TalentRating } from './talent-rating.entity';

@ObjectType({ description: 'The deciding evidence of a competency condition' })
export class MatchedCompetency extends CompetencyLevelFact {}

@ObjectType()
export class YearJp {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'Approved JP of the year' })
  jp!: number;

  @Field(() => Float, { nullable: true, description: 'The yearly target (PNS); null for PPPK' })
  targetJp!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the target was reached; null without a target' })
  reached!: boolean | null;
}

@ObjectType({ description: 'One employee found, with the facts that made them match' })
export class TalentRow {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [MatchedCompetency])
  competencies!: MatchedCompetency[];

  @Field(() => [YearJp], { description: "JP per year over the JP condition's years (the last three without one)" })
  jpByYear!: YearJp[];

  @Field(() => Int, { description: 'Valid (not revoked) registered certificates held' })
  certificates!: number;

  @Field(() => [String], { description: 'Titles of the valid certificates matching the certificate title condition (empty without one)' })
  matchingCertificates!: string[];

  @Field(() => Int, { description: 'Smart community groups completed and credited' })
  groupsCompleted!: number;
}

@ObjectType()
export class TalentSearchResult {
  @Field(() => [TalentRow])
  items!: TalentRow[];

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;
}

export enum HistoryKind {
  POSITION = 'POSITION',
  LEARNING = 'LEARNING',
  ASSESSMENT = 'ASSESSMENT',
  MODULE = 'MODULE',
  PLAN = 'PLAN',
  CERTIFICATE = 'CERTIFICATE',
  GROUP = 'GROUP',
  EVALUATION = 'EVALUATION',
}
registerEnumType(HistoryKind, { name: 'HistoryKind', description: 'What a history entry records' });

@ObjectType({ description: 'One dated entry of an employee history' })
export class HistoryEvent {
  @Field(() => HistoryKind)
  kind!: HistoryKind;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Form and organiser, the assessment method, the certificate's number or the position's OPD: the short line under the title",
  })
  detail!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Status code of the record: CURRENT, ENDED (positions); APPROVED, PENDING, REJECTED (learning); COMPLETED, ENROLLED (modules); the plan status; VALID, REVOKED (certificates); COMPLETED (groups)',
  })
  status!: string | null;

  @Field(() => Float, { nullable: true })
  jp!: number | null;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a position held before: the day (YYYY-MM-DD) the next placement began; null for other entries',
  })
  endDate!: string | null;

  @Field(() => ID, { description: 'The record this entry shows' })
  sourceId!: string;
}

@ObjectType()
export class EmployeeHistory {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [HistoryEvent], { description: 'Newest first' })
  events!: HistoryEvent[];

  @Field(() => [YearJp], { description: 'Every year with records, and the current year, newest first' })
  jpByYear!: YearJp[];
}

export enum RankReasonCode {
  /** Share of the standard's required levels reached (value %, the heaviest weight). */
  FIT = 'FIT',
  /** Competencies of the standard met (value of `of`). */
  MET = 'MET',
  /** Years of the last three complete ones with the JP target reached (value of `of`). */
  JP_COMPLIANT = 'JP_COMPLIANT',
  /** Standard competencies with evidence no older than two years (value of `of`). */
  FRESH_EVIDENCE = 'FRESH_EVIDENCE',
  /** Nine-box of the latest rating (value 1–9). */
  NINE_BOX = 'NINE_BOX',
}
registerEnumType(RankReasonCode, { name: 'RankReasonCode', description: "One reason of a candidate's rank in a talent pool" });

@ObjectType()
export class RankReason {
  @Field(() => RankReasonCode)
  code!: RankReasonCode;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Out of how many, where the value counts things' })
  of!: number | null;

  @Field(() => Float, { description: 'Points this reason adds to the score' })
  points!: number;
}

@ObjectType({ description: "A candidate's level in one competency of the position's standard" })
export class PoolCompetencyLevel extends CompetencyLevelAgainstStandard {
  @Field(() => String, { nullable: true, description: 'Date of the deciding evidence (YYYY-MM-DD)' })
  assessedOn!: string | null;
}

@ObjectType()
export class PoolCandidate {
  @Field(() => Int)
  rank!: number;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Float, { description: 'Score 0–100: 60 for fit to the standard, 25 for JP compliance, 15 for fresh evidence' })
  score!: number;

  @Field(() => Int, { description: 'Σ min(current, required) / Σ required, in whole percent' })
  fitPercent!: number;

  @Field(() => [RankReason])
  reasons!: RankReason[];

  @Field(() => [PoolCompetencyLevel])
  competencies!: PoolCompetencyLevel[];

  @Field(() => [YearJp])
  jpByYear!: YearJp[];

  @Field(() => TalentRating, { nullable: true, description: 'The latest performance and potential rating, if any' })
  rating!: TalentRating | null;
}

@ObjectType()
export class TalentPool {
  @Field(() => Position)
  position!: Position;

  @Field(() => [PoolCandidate])
  candidates!: PoolCandidate[];

  @Field(() => Int, { description: 'Active employees ranked (those not already in the position)' })
  considered!: number;
}

@ObjectType()
export class RatingImportError {
  @Field(() => Int, { description: 'Line of the file, the header being line 1' })
  line!: number;

  @Field()
  field!: string;

  @Field()
  rule!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class RatingImportResult {
  @Field(() => Int)
  saved!: number;

  @Field(() => [RatingImportError])
  errors!: RatingImportError[];
}
