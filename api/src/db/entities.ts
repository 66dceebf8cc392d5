import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { Employee } from '../modules/organisation/employee.entity';
import { Opd } from '../modules/organisation/opd.entity';
import { PositionTypeRef } from '../modules/organisation/position-type.entity';
import { Position } from '../modules/organisation/position.entity';
import { LearningForm } from '../modules/record/learning-form.entity';

/** Every entity, listed explicitly so discovery works the same from source and from dist. */
export const entities = [User, Session, Opd, PositionTypeRef, Position, Employee, LearningForm];
