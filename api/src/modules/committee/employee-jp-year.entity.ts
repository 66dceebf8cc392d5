import { DecimalType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Employee } from '../organisation/employee.entity';

/**
 * An employee's approved JP of one calendar year: the sum of their approved learning records of
 * the year, and how many there are. PostgreSQL keeps it (triggers on `learning_record`, see the
 * migration `EmployeeJpYear`) whichever code writes a record, so the committee's JP conditions,
 * JP columns and pool compliance read one row per employee and year instead of every record.
 * A year without approved records has no row. Nothing in the API writes it.
 */
@Entity({ tableName: 'employee_jp_year' })
@Index({ properties: ['year', 'jp'] })
export class EmployeeJpYear {
  @ManyToOne(() => Employee, { ref: true, primary: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: new DecimalType('number'), precision: 10, scale: 1 })
  jp!: number;

  @Property({ type: 'int' })
  records!: number;
}
