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
}

registerEnumType(ModuleStatus, { name: 'ModuleStatus', description: 'DRAFT → PUBLISHED → ARCHIVED' });
registerEnumType(LessonKind, { name: 'LessonKind' });
