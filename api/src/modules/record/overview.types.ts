import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';

@ObjectType({ description: "One team member's JP in their current period against their goal" })
export class TeamMemberJp {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Float, { description: 'Approved JP that count this period' })
  countedJp!: number;

  @Field(() => Float, { description: 'The target (PNS) or yearly maximum (PPPK)' })
  goalJp!: number;

  @Field(() => Float, { description: 'JP an even pace would have reached by today' })
  expectedJp!: number;

  @Field()
  reached!: boolean;

  @Field({ description: 'Below the even pace and the goal not reached' })
  behind!: boolean;
}

@ObjectType({ description: "A supervisor's team: the employees of the OPDs they supervise" })
export class TeamOverview {
  @Field(() => Int, { description: 'The calendar year of today (a PNS JP year)' })
  year!: number;

  @Field(() => [Opd])
  opds!: Opd[];

  @Field(() => Int, { description: 'Active employees of the OPDs, the supervisor not counted' })
  members!: number;

  @Field(() => Int)
  reached!: number;

  @Field(() => Int)
  behind!: number;

  @Field(() => Int, { description: 'Development plans submitted and waiting for the supervisor' })
  plansWaiting!: number;

  @Field(() => [TeamMemberJp], { description: 'Members behind the even pace, furthest behind first (at most 10)' })
  membersBehind!: TeamMemberJp[];
}

@ObjectType()
export class OpdJpFigure {
  @Field(() => Opd)
  opd!: Opd;

  @Field(() => Int, { description: 'Active PNS of the OPD' })
  employees!: number;

  @Field(() => Int, { description: 'Of them, at or above the yearly target' })
  reached!: number;
}

@ObjectType({ description: "The regency's JP this year: PNS against the yearly target" })
export class RegencyJpFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  targetJp!: number;

  @Field(() => Int, { description: 'Active PNS' })
  employees!: number;

  @Field(() => Int, { description: 'Active PNS at or above the target' })
  reached!: number;

  @Field(() => Int, { description: 'Active PNS below the even pace of the year' })
  behind!: number;

  @Field(() => Float, { description: 'Average approved JP per active PNS, cut to one decimal' })
  averageJp!: number;

  @Field(() => Int, { description: 'Development plans submitted and waiting for a decision' })
  plansWaiting!: number;

  @Field(() => [OpdJpFigure], { description: 'The five OPDs with the smallest share at the target' })
  opdsFurthestBehind!: OpdJpFigure[];
}
