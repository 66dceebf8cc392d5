import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { RecommendationKind } from './compliance.enums';

@ObjectType({ description: 'One group of employees (the PNS or the PPPK of an OPD, or of all OPDs shown) against their JP rule' })
export class ComplianceFigures {
  @Field(() => Int, { description: 'Active employees counted' })
  employees!: number;

  @Field(() => Int, { description: 'Of them, at their goal: 20 JP for a PNS, the yearly maximum (24 JP) for a PPPK' })
  reached!: number;

  @Field(() => Float, { description: 'reached / employees in percent, cut to one decimal (0 without employees)' })
  percentage!: number;

  @Field(() => Float, { description: 'Average JP counted per employee, cut to one decimal' })
  averageJp!: number;

  @Field(() => Int, { description: 'Below their goal and below the even pace of their JP year: at that pace they end the year short' })
  atRisk!: number;
}

@ObjectType({ description: "An OPD's compliance: its PNS against the yearly target, its PPPK apart against their own rule" })
export class OpdComplianceRow {
  @Field(() => Opd)
  opd!: Opd;

  @Field(() => ComplianceFigures)
  pns!: ComplianceFigures;

  @Field(() => ComplianceFigures)
  pppk!: ComplianceFigures;
}

@ObjectType({ description: 'All OPDs shown together' })
export class ComplianceTotal {
  @Field(() => ComplianceFigures)
  pns!: ComplianceFigures;

  @Field(() => ComplianceFigures)
  pppk!: ComplianceFigures;
}

@ObjectType({ description: "Every OPD's JP compliance in a year (a supervisor sees the OPDs they supervise)" })
export class OpdCompliance {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'YYYY-MM-DD: the day the pace is judged on (today)' })
  asOf!: string;

  @Field(() => Float, { description: 'The PNS yearly target' })
  targetJp!: number;

  @Field(() => Float, { description: 'The PPPK yearly maximum' })
  pppkMaxJp!: number;

  @Field(() => [OpdComplianceRow], { description: 'By OPD name' })
  opds!: OpdComplianceRow[];

  @Field(() => ComplianceTotal, { description: 'The regency total (for a supervisor: the OPDs they supervise)' })
  total!: ComplianceTotal;
}

@ObjectType({ description: "Learning that closes part of an employee's competency gap" })
export class GapRecommendation {
  @Field(() => RecommendationKind)
  kind!: RecommendationKind;

  @Field(() => ID, { description: 'The module version or group' })
  id!: string;

  @Field()
  title!: string;

  @Field(() => Float, { nullable: true, description: 'JP a module states; null for a group (it credits the time attended)' })
  jp!: number | null;

  @Field(() => Int, { description: 'Levels of the gap it closes' })
  closesLevels!: number;

  @Field(() => [String])
  competencyCodes!: string[];
}

@ObjectType({ description: "One employee's JP against their rule, and what their gap recommends" })
export class ComplianceMember {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Float, { description: 'Approved JP that count (a PPPK up to the maximum)' })
  countedJp!: number;

  @Field(() => Float, { description: 'JP waiting for approval' })
  pendingJp!: number;

  @Field(() => Float)
  goalJp!: number;

  @Field(() => Float, { description: 'JP an even pace would have reached by the day judged' })
  expectedJp!: number;

  @Field()
  reached!: boolean;

  @Field()
  atRisk!: boolean;

  @Field(() => [GapRecommendation], {
    description: 'For those below their goal: modules and groups that close their competency gap, best first (at most 3)',
  })
  recommendations!: GapRecommendation[];
}

@ObjectType({ description: 'The people of one OPD with their JP: at risk first, then furthest from their goal' })
export class OpdComplianceMembers {
  @Field(() => Opd)
  opd!: Opd;

  @Field(() => Int)
  year!: number;

  @Field()
  asOf!: string;

  @Field(() => [ComplianceMember])
  members!: ComplianceMember[];
}
