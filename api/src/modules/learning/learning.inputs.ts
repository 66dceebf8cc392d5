import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CODE_PATTERN, LIMITS, MODULE_LIMITS } from '@komunitas-pintar/domain';
import { IsJp, OmitOrGive } from '../../common/validators';
import { IsCompetencyLevel } from '../competency/level.validator';
import { LessonKind, ModuleStatus } from './learning.enums';

@InputType()
export class CourseModuleFilter {
  @Field({ nullable: true, description: 'Part of the title or code' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Modules that build this competency' })
  @IsOptional()
  @IsUUID()
  competencyId?: string;

  @Field(() => Int, { nullable: true, description: 'SIASN form of learning (jenis diklat) id' })
  @IsOptional()
  @IsInt()
  form?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @IsJp()
  minJp?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @IsJp()
  maxJp?: number;

  @Field(() => ModuleStatus, {
    nullable: true,
    description:
      'With `mine`, among the viewer’s own modules; without it, for administrators only. Everyone else’s catalog is always PUBLISHED',
  })
  @IsOptional()
  status?: ModuleStatus;

  @Field({ nullable: true, description: 'Only modules the viewer authors (every status)' })
  @IsOptional()
  mine?: boolean;
}

@InputType()
export class LessonInput {
  @Field(() => ID, { nullable: true, description: 'An existing lesson of this draft, to keep its id' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @MinLength(2)
  @MaxLength(LIMITS.nameMax)
  title!: string;

  @Field(() => LessonKind)
  kind!: LessonKind;

  @Field(() => String, { nullable: true, description: 'Markdown, for TEXT lessons' })
  @IsOptional()
  @MaxLength(MODULE_LIMITS.bodyMax)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'https link, for VIDEO and LINK lessons' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'url must be an https:// link' })
  @MaxLength(MODULE_LIMITS.urlMax)
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'Uploaded file, for FILE lessons' })
  @IsOptional()
  @IsUUID()
  fileId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number | null;

  @Field({ defaultValue: true })
  required: boolean = true;
}

@InputType()
export class SectionInput {
  @Field()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  title!: string;

  @Field(() => [LessonInput])
  @ArrayMaxSize(MODULE_LIMITS.lessonsPerSection)
  @ValidateNested({ each: true })
  lessons!: LessonInput[];
}

@InputType()
export class ModuleCompetencyInput {
  @Field(() => ID)
  @IsUUID()
  competencyId!: string;

  @Field(() => Int)
  @IsCompetencyLevel()
  level!: number;
}

@InputType()
export class CreateCourseModuleInput {
  @Field()
  @Matches(CODE_PATTERN, { message: 'code may contain letters, digits, dot, dash and underscore' })
  @MaxLength(LIMITS.codeMax)
  code!: string;

  @Field()
  @MinLength(3)
  @MaxLength(LIMITS.nameMax)
  title!: string;

  @Field({ defaultValue: '' })
  @MaxLength(MODULE_LIMITS.summaryMax)
  summary: string = '';

  @Field(() => Int, {
    description:
      'SIASN form of learning (jenis diklat) id; one that credits curriculum or actual JP without a learning report (`LearningForm.forModules`)',
  })
  @IsInt()
  formId!: number;

  @Field(() => Float)
  @Min(MODULE_LIMITS.jpMin)
  @Max(MODULE_LIMITS.jpMax)
  @IsJp()
  jpValue!: number;

  @Field({ defaultValue: false, description: 'Completing it earns a registered certificate' })
  certifying: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Completing it also needs its post-test passed' })
  @IsOptional()
  completionRequiresPostTest?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  organiser?: string | null;

  @Field(() => [ModuleCompetencyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  competencies?: ModuleCompetencyInput[];

  @Field(() => [SectionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MODULE_LIMITS.sections)
  @ValidateNested({ each: true })
  sections?: SectionInput[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  coverFileId?: string | null;
}

@InputType()
export class UpdateCourseModuleInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'Left out: unchanged; null is refused' })
  @OmitOrGive()
  @MinLength(3)
  @MaxLength(LIMITS.nameMax)
  title?: string;

  @Field({ nullable: true, description: 'Left out: unchanged; null is refused' })
  @OmitOrGive()
  @MaxLength(MODULE_LIMITS.summaryMax)
  summary?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'SIASN form of learning id; one with `forModules`. Left out: unchanged; null is refused',
  })
  @OmitOrGive()
  @IsInt()
  formId?: number;

  @Field(() => Float, { nullable: true, description: 'Left out: unchanged; null is refused' })
  @OmitOrGive()
  @Min(MODULE_LIMITS.jpMin)
  @Max(MODULE_LIMITS.jpMax)
  @IsJp()
  jpValue?: number;

  @Field(() => Boolean, { nullable: true, description: 'Completing it earns a registered certificate' })
  @IsOptional()
  certifying?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Completing it also needs its post-test passed. Left out: unchanged' })
  @IsOptional()
  completionRequiresPostTest?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  organiser?: string | null;

  @Field(() => [ModuleCompetencyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  competencies?: ModuleCompetencyInput[];

  @Field(() => [SectionInput], { nullable: true, description: 'The whole outline, in order: it replaces the current one' })
  @IsOptional()
  @ArrayMaxSize(MODULE_LIMITS.sections)
  @ValidateNested({ each: true })
  sections?: SectionInput[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  coverFileId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Trainers who author the module (admins only)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  authorIds?: string[];
}

@InputType()
export class ModuleIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class MarkdownPreviewInput {
  @Field()
  @MaxLength(MODULE_LIMITS.bodyMax)
  markdown!: string;
}

@InputType()
export class EnrollInModuleInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;
}

@InputType()
export class CompleteLessonInput {
  @Field(() => ID)
  @IsUUID()
  lessonId!: string;

  @Field({ defaultValue: 'MANUAL', description: 'MANUAL (marked done) or VIEWED_TO_END (video or text read to the end)' })
  @IsIn(['MANUAL', 'VIEWED_TO_END'])
  how: string = 'MANUAL';
}

@InputType({ description: 'A heartbeat of a lesson page: sent at most every 30 s while the page is open' })
export class LessonHeartbeatInput {
  @Field(() => ID)
  @IsUUID()
  lessonId!: string;

  @Field({ description: 'The tab is visible' })
  @IsBoolean()
  visible!: boolean;

  @Field({ description: 'The learner did something in the last minute (scrolled, typed, a video playing)' })
  @IsBoolean()
  active!: boolean;
}
