import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { CareerPath } from '../modules/competency/career-path.entity';
import { CompetencyAssessment } from '../modules/competency/competency-assessment.entity';
import { Competency, CompetencyLevel } from '../modules/competency/competency.entity';
import { PositionCompetency } from '../modules/competency/position-competency.entity';
import { StoredFile } from '../modules/file/stored-file.entity';
import { Session } from '../modules/identity/session.entity';
import { CourseModule, CourseSection, Lesson, ModuleCompetency } from '../modules/learning/course-module.entity';
import { Enrollment, LessonProgress } from '../modules/learning/enrollment.entity';
import { User } from '../modules/identity/user.entity';
import { Employee } from '../modules/organisation/employee.entity';
import { Opd } from '../modules/organisation/opd.entity';
import { PositionTypeRef } from '../modules/organisation/position-type.entity';
import { Position } from '../modules/organisation/position.entity';
import { DevelopmentPlan, DevelopmentPlanEvent, DevelopmentPlanItem } from '../modules/record/development-plan.entity';
import { Holiday } from '../modules/record/holiday.entity';
import { LearningForm } from '../modules/record/learning-form.entity';
import { LearningRecord } from '../modules/record/learning-record.entity';
import { LearningRecordDay } from '../modules/record/learning-record-day.entity';
import { Setting } from '../modules/setting/setting.entity';

/** Every entity, listed explicitly so discovery works the same from source and from dist. */
export const entities = [
  User,
  Session,
  Opd,
  PositionTypeRef,
  Position,
  Employee,
  Setting,
  LearningForm,
  Holiday,
  Competency,
  CompetencyLevel,
  PositionCompetency,
  CareerPath,
  CompetencyAssessment,
  DevelopmentPlan,
  DevelopmentPlanItem,
  DevelopmentPlanEvent,
  StoredFile,
  CourseModule,
  ModuleCompetency,
  CourseSection,
  Lesson,
  Enrollment,
  LessonProgress,
  LearningRecord,
  LearningRecordDay,
  AuditEntry,
];
