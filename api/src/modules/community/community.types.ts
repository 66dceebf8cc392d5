import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GroupFunding, GroupRole, GroupStatus } from './community.enums';
import { Attendance } from './group-session.entity';

/** A person as a group shows them: name and OPD, nothing more personal. */
@ObjectType()
export class GroupPerson {
  @Field(() => ID, { description: 'The employee id' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  opdName!: string;
}

/** What the viewer may do with a group, decided on the server. */
@ObjectType()
export class GroupPermissions {
  @Field() edit!: boolean;
  @Field() propose!: boolean;
  @Field({ description: 'Approve or return a proposal (administrators)' }) decide!: boolean;
  @Field() start!: boolean;
  @Field() cancel!: boolean;
  @Field({ description: 'Apply to join now' }) apply!: boolean;
  @Field() leave!: boolean;
  @Field({ description: 'Add members directly' }) addMember!: boolean;
  @Field({ description: 'Accept or decline applications' }) decideApplications!: boolean;
  @Field({ description: "See the roster with everyone's attendance" }) readRoster!: boolean;
  @Field({ description: 'Plan, open and close sessions, mark attendance, propose results' }) runSessions!: boolean;
  @Field({ description: 'Acknowledge reports and approve results, completing the group' }) monitor!: boolean;
}

/** The viewer's own standing in a group. */
@ObjectType()
export class GroupViewer {
  @Field(() => [GroupRole])
  roles!: GroupRole[];

  @Field(() => GroupPermissions)
  can!: GroupPermissions;
}

/** Funding figures of a group (or of a funding source across groups). */
@ObjectType()
export class FundingFigures {
  @Field(() => Int, { description: 'Members credited on completion (or active members while running)' })
  participants!: number;

  @Field(() => Int, { description: 'Rupiah: cost per participant × participants' })
  totalCost!: number;

  @Field(() => Float, { description: 'JP credited to the ledger from the group(s)' })
  creditedJp!: number;

  @Field(() => Int, { nullable: true, description: 'Rupiah per JP credited; null while nothing is credited' })
  costPerJp!: number | null;
}

/** The rotating check-in code the group trainer shows while a session is open. */
@ObjectType()
export class CheckInCodeType {
  @Field(() => ID) sessionId!: string;
  @Field({ description: 'Six digits, valid this minute (and a short grace after)' }) code!: string;
  @Field(() => Date, { description: 'When the next code replaces it' }) shownUntil!: Date;
  @Field({ description: 'The check-in page the QR code opens' }) checkInPath!: string;
  @Field({ description: 'The QR code as SVG' }) qrSvg!: string;
}

/** One member's attendance of a group so far, for the group's trainer and monitor. */
@ObjectType()
export class MemberAttendanceSummary {
  @Field(() => GroupPerson) employee!: GroupPerson;
  @Field(() => Int, { description: 'Sessions held that the member attended' }) sessionsAttended!: number;
  @Field(() => Int, { description: 'Percent of the closed sessions (and open ones already attended), rounded down' })
  attendanceRate!: number;
  @Field(() => Int, { description: 'Minutes attended, over all sessions' }) attendedMinutes!: number;
  @Field(() => Float, {
    description: "JP the group's attended time earns under form 23 by itself (other learning on the same dates may leave less room)",
  })
  attendedJp!: number;
  @Field(() => Int, { description: 'Check-ins flagged for the group monitor' }) flaggedCheckIns!: number;
  @Field({ description: 'Attendance rate under the threshold setting' }) underThreshold!: boolean;
}

/** Sessions held, check-ins and attended minutes in one week (Monday to Sunday). */
@ObjectType()
export class WeeklyActivity {
  @Field({ description: 'The Monday, YYYY-MM-DD' }) weekStart!: string;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) checkIns!: number;
  @Field(() => Int) minutes!: number;
}

/** What the group monitor watches: sessions held against planned, attendance per member, flags, activity. */
@ObjectType()
export class GroupMonitoring {
  @Field(() => ID) groupId!: string;
  @Field(() => Int) plannedSessions!: number;
  @Field(() => Int, { description: 'Sessions opened so far (open or closed)' }) heldSessions!: number;
  @Field(() => Int, { description: 'The attendance threshold setting, in percent' }) thresholdPercent!: number;
  @Field(() => Int, { description: 'Mean attendance rate of the active members, rounded down' }) averageAttendanceRate!: number;
  @Field(() => Float, { description: 'Sum of the members’ attended JP' }) attendedJp!: number;
  @Field(() => Int, { description: 'Filed session reports the group monitor has not acknowledged' }) reportsToAcknowledge!: number;
  @Field(() => [MemberAttendanceSummary], { description: 'Active members, lowest attendance first' }) members!: MemberAttendanceSummary[];
  @Field(() => [Attendance], { description: 'Flagged check-ins, latest first' }) flagged!: Attendance[];
  @Field(() => [WeeklyActivity], { description: 'Every week from the first session held to this one' }) weeks!: WeeklyActivity[];
}

/** Cost and credited JP of the groups of one funding source. */
@ObjectType()
export class FundingSourceReport {
  @Field(() => GroupFunding) funding!: GroupFunding;
  @Field(() => Int, { description: 'Approved, running and completed groups' }) groups!: number;
  @Field(() => FundingFigures) figures!: FundingFigures;
  @Field(() => Int, { nullable: true, description: 'Rupiah per participant; null without participants' }) costPerParticipant!:
    number | null;
  @Field(() => Int, { description: 'Rupiah the regency pays: all of APBD, its share of cost-sharing, nothing of mandiri' })
  regencyCost!: number;
}

/** One group's line in the funding report. */
@ObjectType()
export class GroupFundingRow {
  @Field(() => ID) groupId!: string;
  @Field() name!: string;
  @Field(() => GroupStatus) status!: GroupStatus;
  @Field(() => GroupFunding) funding!: GroupFunding;
  @Field(() => Int) costPerParticipant!: number;
  @Field(() => FundingFigures) figures!: FundingFigures;
}

/** Cost per participant and per JP actually credited, per funding source, for the groups of a year. */
@ObjectType()
export class CommunityFundingReport {
  @Field(() => Int) year!: number;
  @Field(() => [FundingSourceReport], { description: 'MANDIRI, COST_SHARING and APBD, in that order' }) sources!: FundingSourceReport[];
  @Field(() => FundingFigures) total!: FundingFigures;
  @Field(() => [GroupFundingRow]) groups!: GroupFundingRow[];
}
