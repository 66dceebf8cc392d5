import { defineModule } from '../../common/module';
import { CourseModule, CourseSection, Lesson, ModuleCompetency } from './course-module.entity';
import { Enrollment, LessonProgress } from './enrollment.entity';
import {
  CourseModuleResolver,
  CourseSectionResolver,
  EnrollmentResolver,
  GapRecommendationResolver,
  LessonResolver,
  ModuleCompetencyResolver,
} from './learning.resolver';

export const learningModule = defineModule({
  name: 'learning',
  entities: [CourseModule, ModuleCompetency, CourseSection, Lesson, Enrollment, LessonProgress],
  resolvers: [
    CourseModuleResolver,
    CourseSectionResolver,
    LessonResolver,
    ModuleCompetencyResolver,
    EnrollmentResolver,
    GapRecommendationResolver,
  ],
});
