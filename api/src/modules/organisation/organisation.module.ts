import { defineModule } from '../../common/module';
import { Employee } from './employee.entity';
import { Opd } from './opd.entity';
import {
  EmployeeFieldsResolver,
  OrganisationAbilitiesResolver,
  OrganisationResolver,
  PositionFieldsResolver,
} from './organisation.resolver';
import { PositionTypeInfo } from './position-type.entity';
import { Position } from './position.entity';

export const organisationModule = defineModule({
  name: 'organisation',
  entities: [Opd, PositionTypeInfo, Position, Employee],
  resolvers: [OrganisationResolver, EmployeeFieldsResolver, PositionFieldsResolver, OrganisationAbilitiesResolver],
});
