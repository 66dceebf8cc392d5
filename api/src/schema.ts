import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { IdentityResolver } from './modules/identity/identity.resolver';
import {
  EmployeeFieldsResolver,
  OrganisationResolver,
  PositionFieldsResolver,
} from './modules/organisation/organisation.resolver';
import {
  CareerPathResolver,
  CompetencyAssessmentResolver,
  CompetencyFieldsResolver,
  CompetencyResolver,
  PositionCompetencyResolver,
  PositionStandardResolver,
} from './modules/competency/competency.resolver';
import {
  DevelopmentPlanEventResolver,
  DevelopmentPlanItemResolver,
  DevelopmentPlanResolver,
} from './modules/record/development-plan.resolver';
import {
  CourseModuleResolver,
  CourseSectionResolver,
  EnrollmentResolver,
  GapRecommendationResolver,
  LessonResolver,
  ModuleCompetencyResolver,
} from './modules/learning/learning.resolver';
import { HolidayResolver } from './modules/record/holiday.resolver';
import { LedgerResolver } from './modules/record/ledger.resolver';
import { ReferenceResolver } from './modules/record/reference.resolver';
import { SettingResolver } from './modules/setting/setting.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  IdentityResolver,
  OrganisationResolver,
  EmployeeFieldsResolver,
  PositionFieldsResolver,
  ReferenceResolver,
  SettingResolver,
  CompetencyResolver,
  CompetencyFieldsResolver,
  PositionStandardResolver,
  PositionCompetencyResolver,
  CareerPathResolver,
  CompetencyAssessmentResolver,
  DevelopmentPlanResolver,
  DevelopmentPlanItemResolver,
  DevelopmentPlanEventResolver,
  CourseModuleResolver,
  CourseSectionResolver,
  LessonResolver,
  ModuleCompetencyResolver,
  EnrollmentResolver,
  GapRecommendationResolver,
  LedgerResolver,
  HolidayResolver,
];

/** Operations anyone may call without logging in. Everything else is guarded. */
export const PUBLIC_OPERATIONS = ['Mutation.login'];

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  return schema;
}

/** The SDL committed as `schema/schema.graphql`. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
