import { defineModule } from '../../common/module';
import { Employee } from './employee.entity';
import { Opd } from './opd.entity';
import {
  EmployeeFieldsResolver,
  OrganisationAbilitiesResolver,
  OrganisationResolver,
  PositionFieldsResolver,
  PositionHeldFieldsResolver,
} from './organisation.resolver';
import { PositionHeld } from './position-held.entity';
import { PositionTypeInfo } from './position-type.entity';
import { Position } from './position.entity';

export const organisationModule = defineModule({
  name: 'organisation',
  entities: [Opd, PositionTypeInfo, Position, Employee, PositionHeld],
  resolvers: [
    OrganisationResolver,
    EmployeeFieldsResolver,
    PositionFieldsResolver,
    PositionHeldFieldsResolver,
    OrganisationAbilitiesResolver,
  ],
});
