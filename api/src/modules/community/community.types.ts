import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GroupRole } from './community.enums';

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
