import type { ClientModule } from './manifest';
import { assessmentModule } from '../modules/assessment/module';
import { certificateModule } from '../modules/certificate/module';
import { committeeModule } from '../modules/committee/module';
import { communityModule } from '../modules/community/module';
import { competencyModule } from '../modules/competency/module';
import { homeModule } from '../modules/home/module';
import { identityModule } from '../modules/identity/module';
import { learningModule } from '../modules/learning/module';
import { organisationModule } from '../modules/organisation/module';
import { recordModule } from '../modules/record/module';
import { settingModule } from '../modules/setting/module';

/**
 * The client's modules. Each declares its pages (with the roles that may open them), menu
 * entries, strings and home cards in its own `module.tsx`; routes, menu, home page and i18n are
 * assembled from this list.
 */
export const MODULES: ClientModule[] = [
  homeModule,
  identityModule,
  organisationModule,
  settingModule,
  competencyModule,
  recordModule,
  learningModule,
  assessmentModule,
  committeeModule,
  communityModule,
  certificateModule,
];
