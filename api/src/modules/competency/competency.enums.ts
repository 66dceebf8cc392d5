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
  /** A completed training (a course module) that builds the level, accepted from its proposal by the supervisor. */
  TRAINING = 'TRAINING',
  SELF = 'SELF',
}

/** Where proposed evidence stands: waiting for the employee's supervisor (or an administrator) to accept or decline it. */
export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(CompetencyType, { name: 'CompetencyType', description: 'Permenpan RB 38/2017 competency types' });
registerEnumType(AssessmentMethod, { name: 'AssessmentMethod' });
registerEnumType(ProposalStatus, {
  name: 'EvidenceProposalStatus',
  description: 'PROPOSED until accepted (evidence recorded) or declined',
});
