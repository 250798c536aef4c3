import { Check, Entity, Enum, Filter, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base-entity';
import { TENANT_FILTER, personCondition } from '../../tenancy/tenant-filter';
import { Organisation } from '../organisation/organisation.entity';
import { PersonStatus, PersonType } from './person.enums';

/**
 * Someone who works for a member organisation: volunteer, staff, coordinator, trustee or sessional
 * worker. Tenant-owned (`organisation_id`). `centre_ids` holds the centres they work at now (the
 * tenancy walls read it); every assignment, past and present, is in person_centre_assignment.
 * `centre_service_types` (the services of those centres) is the database's own, kept by a
 * trigger and not mapped here. The API shows people through PersonView (people.read.ts).
 */
@Entity({ tableName: 'person' })
@Filter({ name: TENANT_FILTER, cond: personCondition, default: true })
@Index({ properties: ['organisation', 'familyName', 'givenName'] })
@Check({ name: 'person_leave_after_start_check', expression: 'leave_date is null or leave_date >= start_date' })
export class Person extends BaseEntity {
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation: Organisation;

  @Property({ type: 'text' })
  givenName: string;

  @Property({ type: 'text' })
  familyName: string;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Enum({ items: () => PersonType })
  personType: PersonType;

  @Property({ type: 'date' })
  startDate: string;

  @Property({ type: 'date', nullable: true })
  leaveDate: string | null = null;

  @Enum({ items: () => PersonStatus })
  @Index()
  status: Opt<PersonStatus> = PersonStatus.ACTIVE;

  /** Current centres, all of the person's own organisation (checked by the service). */
  @Property({ type: 'text[]', columnType: 'uuid[]' })
  @Index({ type: 'gin' })
  centreIds: Opt<string[]> = [];

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;
}
