import { randomUUID } from 'node:crypto';
import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { TENANT_FILTER, personRecordCondition } from '../../tenancy/tenant-filter';
import { Centre } from '../centre/centre.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from './person.entity';

/**
 * One spell of a person at a centre. Moving someone closes the old spell and opens a new one, so
 * their history survives the move. The foreign key to the centre keeps a centre with history
 * from being deleted. The API shows spells through CentreAssignmentView (a person's centreHistory).
 */
@Entity({ tableName: 'person_centre_assignment' })
@Filter({ name: TENANT_FILTER, cond: personRecordCondition, default: true })
@Index({ properties: ['person', 'startedOn'] })
export class CentreAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person: Person;

  /** The tenancy key, as on every tenant-owned table. */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation: Organisation;

  @ManyToOne(() => Centre, { deleteRule: 'restrict' })
  @Index()
  centre: Centre;

  @Property({ type: 'date' })
  startedOn: string;

  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;
}
