import { registerEnumType } from 'type-graphql';

export enum ModuleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum LessonKind {
  TEXT = 'TEXT',
  VIDEO = 'VIDEO',
  FILE = 'FILE',
  LINK = 'LINK',
  /** A quiz: the assessment module owns its questions and attempts, and records it done when passed. */
  QUIZ = 'QUIZ',
}

registerEnumType(ModuleStatus, { name: 'ModuleStatus', description: 'DRAFT → PUBLISHED → ARCHIVED' });
registerEnumType(LessonKind, { name: 'LessonKind' });
