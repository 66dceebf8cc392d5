import { Field, ID, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/paging';

@ObjectType({ description: 'One act of the audit trail, as administrators browse it' })
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field({ description: 'Username of the actor when they acted ("system" for imports and scheduled work)' })
  actorName!: string;

  @Field({ description: 'Dotted code of the act, e.g. committee.history.read' })
  action!: string;

  @Field({ description: 'Kind of record acted on, e.g. Employee, TalentSearch' })
  subjectType!: string;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The employee the act concerned, if one' })
  employeeId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as the actor gave it' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: 'Other facts kept (filters, format, number of people), as JSON' })
  detailsJson!: string | null;
}

@ObjectType()
export class AuditLogPage extends PageOf(AuditLogEntry, 'AuditLogPage') {}

@ObjectType({ description: "Someone who read or exported the viewer's history: who, when, what and why" })
export class RecordView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field({ description: 'Username of the reader' })
  actorName!: string;

  @Field({ description: 'committee.history.read, committee.history.export, committee.profile.export …' })
  action!: string;

  @Field(() => String, { nullable: true })
  purpose!: string | null;
}

@ObjectType()
export class RecordViewPage extends PageOf(RecordView, 'RecordViewPage') {}
