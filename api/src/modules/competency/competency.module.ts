import { defineModule } from '../../common/module';
import { registerFileReader } from '../file/file-readers';
import { CareerPath } from './career-path.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import { readAssessmentEvidence } from './competency-files';
import { Competency, CompetencyLevel } from './competency.entity';
import {
  CareerPathResolver,
  CompetencyAssessmentResolver,
  CompetencyFieldsResolver,
  CompetencyGapResolver,
  CompetencyResolver,
  PositionCompetencyResolver,
  PositionStandardResolver,
} from './competency.resolver';
import { CompetencyEvidenceProposal } from './evidence-proposal.entity';
import { EvidenceProposalResolver } from './evidence-proposal.resolver';
import { PositionCompetency } from './position-competency.entity';

export const competencyModule = defineModule({
  name: 'competency',
  entities: [Competency, CompetencyLevel, PositionCompetency, CareerPath, CompetencyAssessment, CompetencyEvidenceProposal],
  resolvers: [
    CompetencyResolver,
    CompetencyFieldsResolver,
    PositionStandardResolver,
    PositionCompetencyResolver,
    CareerPathResolver,
    CompetencyAssessmentResolver,
    CompetencyGapResolver,
    EvidenceProposalResolver,
  ],
  register() {
    registerFileReader('competency.assessmentEvidence', readAssessmentEvidence);
  },
});
