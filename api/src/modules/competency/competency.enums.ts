import { registerEnumType } from 'type-graphql';

export enum CompetencyType {
  TEKNIS = 'TEKNIS',
  MANAJERIAL = 'MANAJERIAL',
  SOSIAL_KULTURAL = 'SOSIAL_KULTURAL',
}

/** How a competency level was established, from the strongest evidence to the weakest. */
export enum AssessmentMethod {
  ASSESSMENT_CENTER = 'ASSESSMENT_CENTER',
  CERTIFICATE = 'CERTIFICATE',
  TRAINER = 'TRAINER',
  SUPERVISOR = 'SUPERVISOR',
  SELF = 'SELF',
}

registerEnumType(CompetencyType, { name: 'CompetencyType', description: 'Permenpan RB 38/2017 competency types' });
registerEnumType(AssessmentMethod, { name: 'AssessmentMethod' });
