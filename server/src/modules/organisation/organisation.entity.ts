import { Collection, Entity, Enum, Filter, Index, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { TENANT_FILTER, organisationCondition } from '../../tenancy/tenant-filter';
import type { Centre } from '../centre/centre.entity';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { Region } from '../geo';
import { MembershipStatus, OrganisationType } from './organisation.enums';

/** A member organisation of NACCC: the tenant. Its own id is the tenancy key of everything it owns. */
@ObjectType({ description: 'A member organisation running one or more child contact centres or services' })
@Entity({ tableName: 'organisation' })
@Filter({ name: TENANT_FILTER, cond: organisationCondition, default: true })
// Names are unique across the network regardless of case, so head office never has two "Hope Centre"s.
@Index({
  name: 'organisation_name_lower_key',
  expression: 'create unique index "organisation_name_lower_key" on "organisation" (lower("name"))',
})
export class Organisation extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Registered charity number, where the organisation is a charity' })
  @Property({ type: 'text', nullable: true })
  charityNumber: string | null = null;

  @Field(() => OrganisationType)
  @Enum({ items: () => OrganisationType })
  type: OrganisationType;

  @Field(() => String)
  @Property({ type: 'text' })
  contactEmail: string;

  @Field(() => MembershipStatus)
  @Enum({ items: () => MembershipStatus })
  @Index()
  membershipStatus: Opt<MembershipStatus> = MembershipStatus.MEMBER;

  @Field(() => Region)
  @Enum({ items: () => Region })
  @Index()
  region: Region;

  /** Not loaded for GraphQL (OrganisationResolver batches centres); used by the tenant filter. */
  @OneToMany({ entity: 'Centre', mappedBy: 'organisation' })
  centres = new Collection<Centre>(this);
}
