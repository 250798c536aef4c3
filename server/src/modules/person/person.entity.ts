import { Check, Entity, Enum, Filter, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../../common/base-entity';
import { TENANT_FILTER, personCondition } from '../../tenancy/tenant-filter';
import { Organisation } from '../organisation/organisation.entity';
import { PersonStatus, PersonType } from './person.enums';

/**
 * Someone who works for a member organisation: volunteer, staff, coordinator, trustee or sessional
 * worker. Tenant-owned (`organisation_id`). `centre_ids` holds the centres they work at now (the
 * tenancy walls read it); every assignment, past and present, is in person_centre_assignment.
 */
@ObjectType({ description: 'A volunteer, member of staff, coordinator, trustee or sessional worker' })
@Entity({ tableName: 'person' })
@Filter({ name: TENANT_FILTER, cond: personCondition, default: true })
@Index({ properties: ['organisation', 'familyName', 'givenName'] })
@Check({ name: 'person_leave_after_start_check', expression: 'leave_date is null or leave_date >= start_date' })
export class Person extends BaseEntity {
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation: Organisation;

  @Field(() => String)
  @Property({ type: 'text' })
  givenName: string;

  @Field(() => String)
  @Property({ type: 'text' })
  familyName: string;

  @Field(() => String, { nullable: true, description: 'Unique within the organisation' })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => PersonType)
  @Enum({ items: () => PersonType })
  personType: PersonType;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  startDate: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  leaveDate: string | null = null;

  @Field(() => PersonStatus)
  @Enum({ items: () => PersonStatus })
  @Index()
  status: Opt<PersonStatus> = PersonStatus.ACTIVE;

  /** Current centres, all of the person's own organisation (checked by the service). */
  @Field(() => [ID], { description: 'Centres they work at now' })
  @Property({ type: 'text[]', columnType: 'uuid[]' })
  @Index({ type: 'gin' })
  centreIds: Opt<string[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  // Derived fields as getters: type-graphql reads them as plain properties, which on a page of
  // people is far cheaper than a field resolver per row (W1 profile).
  @Field(() => ID)
  get organisationId(): Opt<string> {
    return this.organisation.id;
  }

  @Field(() => String, { description: 'Given and family name, as shown in lists' })
  get fullName(): Opt<string> {
    return `${this.givenName} ${this.familyName}`;
  }
}
