import type { ApiModule } from '../common/module';
import { assessmentModule } from './assessment/assessment.module';
import { auditModule } from './audit/audit.module';
import { certificateModule } from './certificate/certificate.module';
import { committeeModule } from './committee/committee.module';
import { communityModule } from './community/community.module';
import { competencyModule } from './competency/competency.module';
import { fileModule } from './file/file.module';
import { identityModule } from './identity/identity.module';
import { learningModule } from './learning/learning.module';
import { organisationModule } from './organisation/organisation.module';
import { recordModule } from './record/record.module';
import { settingModule } from './setting/setting.module';

/**
 * Every API module, lower layers first (see docs/ARCHITECTURE.md). The schema, the ORM's
 * entities, the HTTP routes, domain-event handlers and demo data are read from this list.
 */
export const modules: readonly ApiModule[] = [
  auditModule,
  organisationModule,
  identityModule,
  fileModule,
  settingModule,
  competencyModule,
  recordModule,
  learningModule,
  committeeModule,
  communityModule,
  // After community: its demo data evaluates the group community's demo data completes.
  assessmentModule,
  certificateModule,
];

let registered = false;

/** Runs every module's start-up registration (domain-event handlers, answers to lower modules) once. */
export function registerModules(): void {
  if (registered) return;
  registered = true;
  for (const module of modules) module.register?.();
}
