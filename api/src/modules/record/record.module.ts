import { defineModule } from '../../common/module';
import { registerFileReader } from '../file/file-readers';
import { readClaimFile } from './record-files';
import { LearningClaimEvidenceResolver, LearningClaimResolver } from './claim.resolver';
import { ComplianceResolver } from './compliance.resolver';
import { DevelopmentPlan, DevelopmentPlanEvent, DevelopmentPlanItem } from './development-plan.entity';
import { DevelopmentPlanEventResolver, DevelopmentPlanItemResolver, DevelopmentPlanResolver } from './development-plan.resolver';
import { Holiday } from './holiday.entity';
import { HolidayResolver } from './holiday.resolver';
import { LearningClaim, LearningClaimEvidence } from './learning-claim.entity';
import { LearningForm } from './learning-form.entity';
import { LearningRecordDay } from './learning-record-day.entity';
import { LearningRecord } from './learning-record.entity';
import { LedgerResolver } from './ledger.resolver';
import { OverviewResolver } from './overview.resolver';
import { ReferenceResolver } from './reference.resolver';
import { recordRoutes } from './record.routes';

export const recordModule = defineModule({
  name: 'record',
  entities: [
    LearningForm,
    Holiday,
    DevelopmentPlan,
    DevelopmentPlanItem,
    DevelopmentPlanEvent,
    LearningRecord,
    LearningRecordDay,
    LearningClaim,
    LearningClaimEvidence,
  ],
  resolvers: [
    ReferenceResolver,
    DevelopmentPlanResolver,
    DevelopmentPlanItemResolver,
    DevelopmentPlanEventResolver,
    LedgerResolver,
    HolidayResolver,
    LearningClaimResolver,
    LearningClaimEvidenceResolver,
    OverviewResolver,
    ComplianceResolver,
  ],
  routes: [{ path: '/record', router: recordRoutes }],
  register() {
    registerFileReader('record.claimEvidence', readClaimFile);
  },
});
