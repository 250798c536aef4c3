import { Check, Entity, Enum, Filter, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TENANT_FILTER, centreCondition } from '../../tenancy/tenant-filter';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base-entity';
import { Region } from '../geo';
import { Organisation } from '../organisation/organisation.entity';
import { CentreKind, ReferralRoute, ServiceType } from './centre.enums';

/**
 * A child contact centre (a venue) or service, run by one member organisation. Tenant-owned:
 * `organisation_id` is the tenancy key (and the future distribution key).
 */
@ObjectType({ description: 'A child contact centre or service' })
@Entity({ tableName: 'centre' })
@Filter({ name: TENANT_FILTER, cond: centreCondition, default: true })
@Index({ properties: ['organisation', 'name'] })
// Enum arrays get no check from MikroORM; these keep the database as strict as the schema.
@Check({ name: 'centre_service_types_check', expression: `service_types <@ ${textArray(Object.values(ServiceType))}` })
@Check({ name: 'centre_referral_routes_check', expression: `referral_routes <@ ${textArray(Object.values(ReferralRoute))}` })
export class Centre extends BaseEntity {
  /** Resolved by CentreResolver (batched), so a list never loads organisations one by one. */
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation: Organisation;

  @Field(() => String)
  @Property({ type: 'text' })
  name: string;

  @Field(() => CentreKind)
  @Enum({ items: () => CentreKind })
  kind: Opt<CentreKind> = CentreKind.CENTRE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  addressLine1: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  addressLine2: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  town: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  postcode: string;

  @Field(() => Float, { description: 'Latitude of the postcode district centroid (approximate by design)' })
  @Property({ type: 'double precision' })
  latitude: number;

  @Field(() => Float, { description: 'Longitude of the postcode district centroid (approximate by design)' })
  @Property({ type: 'double precision' })
  longitude: number;

  @Field(() => Region)
  @Enum({ items: () => Region })
  @Index()
  region: Region;

  @Field(() => [ServiceType])
  @Enum({ items: () => ServiceType, array: true })
  @Index({ type: 'gin' })
  serviceTypes: ServiceType[];

  @Field(() => [ReferralRoute])
  @Enum({ items: () => ReferralRoute, array: true })
  referralRoutes: Opt<ReferralRoute[]> = [];

  @Field(() => String, { nullable: true, description: 'When it opens, e.g. "Alternate Saturdays, 10:00 to 12:30"' })
  @Property({ type: 'text', nullable: true })
  openingPattern: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  accessibilityNotes: string | null = null;

  @Field(() => [String], { description: 'Languages spoken by staff and volunteers besides English' })
  @Property({ type: 'text[]' })
  languages: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'How costs are quoted; reports are paid for separately' })
  @Property({ type: 'text', nullable: true })
  feesNote: string | null = null;

  @Field(() => Boolean, { description: 'The organisation wants this centre in the public finder (accreditation is required as well)' })
  @Property({ type: 'boolean' })
  publiclyListed: Opt<boolean> = true;
}

function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map((value) => `'${value}'::text`).join(', ')}]`;
}
