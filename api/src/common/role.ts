import { registerEnumType } from 'type-graphql';

export enum Role {
  LEARNER = 'LEARNER',
  TRAINER = 'TRAINER',
  SUPERVISOR = 'SUPERVISOR',
  COMMITTEE = 'COMMITTEE',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a user may do in the system' });
