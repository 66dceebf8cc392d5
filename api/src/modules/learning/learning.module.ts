import { defineModule } from '../../common/module';
import { registerFileReader } from '../file/file-readers';
import { CourseModule, CourseSection, Lesson, ModuleCompetency } from './course-module.entity';
import { Enrollment, LessonProgress } from './enrollment.entity';
import { LessonHeartbeat, LessonTime } from './lesson-time.entity';
import {
  CourseModuleResolver,
  CourseSectionResolver,
  EnrollmentResolver,
  GapRecommendationResolver,
  LessonCompletionResolver,
  LessonResolver,
  ModuleCompetencyResolver,
} from './learning.resolver';
import { readModuleFile } from './learning-files';
import { registerGapRecommender } from '../record/gap-recommenders';
import { recommendModulesForGaps } from './recommend-for-gaps';
import { TrainerOverviewResolver } from './trainer-overview.resolver';

export const learningModule = defineModule({
  name: 'learning',
  entities: [CourseModule, ModuleCompetency, CourseSection, Lesson, Enrollment, LessonProgress, LessonHeartbeat, LessonTime],
  resolvers: [
    CourseModuleResolver,
    CourseSectionResolver,
    LessonResolver,
    ModuleCompetencyResolver,
    EnrollmentResolver,
    GapRecommendationResolver,
    LessonCompletionResolver,
    TrainerOverviewResolver,
  ],
  register() {
    registerFileReader('learning.moduleFile', readModuleFile);
    registerGapRecommender('learning.modules', recommendModulesForGaps);
  },
});
