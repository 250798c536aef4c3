import type { RequiredEntityData } from '@mikro-orm/core';
import { Centre } from '../../modules/centre/centre.entity';
import { CentreKind, ReferralRoute, ServiceType } from '../../modules/centre/centre.enums';
import type { DistrictLocation } from '../../modules/geo';
import { Region } from '../../modules/geo';
import { ACCESSIBILITY_NOTES, COMMUNITY_LANGUAGES, FEES_NOTES, LOCAL_NAMES, OPENING_PATTERNS, STREETS, VENUES } from '../places';
import { SEED_EPOCH, insertInChunks, type SeedContext } from '../seed-context';
import { districtsByRegion, townOf, type SeededOrganisation } from './organisations';

export type SeededCentre = { id: string; organisationId: string; name: string; serviceTypes: ServiceType[] };

/** Letters allowed in the last two places of a UK postcode. */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

type Mix = 'SUPPORTED' | 'BOTH' | 'SUPERVISED';

/**
 * Centres near their organisation's home (the same postcode area where it has enough
 * districts). Most offer supported contact only; a quarter add supervised contact; a tenth are
 * supervised-only services without a venue.
 */
export async function seedCentres(ctx: SeedContext, organisations: SeededOrganisation[]): Promise<SeededCentre[]> {
  const { faker, em } = ctx;
  const byRegion = districtsByRegion();
  const rows: RequiredEntityData<Centre>[] = [];
  const seeded: SeededCentre[] = [];
  for (const organisation of organisations) {
    const nearby = nearbyDistricts(organisation.home, byRegion.get(organisation.region)!);
    for (let i = 0; i < organisation.centreCount; i++) {
      const district = i === 0 ? organisation.home : faker.helpers.arrayElement(nearby);
      const mix = faker.helpers.weightedArrayElement<Mix>([
        { weight: 65, value: 'SUPPORTED' },
        { weight: 25, value: 'BOTH' },
        { weight: 10, value: 'SUPERVISED' },
      ]);
      const kind = mix === 'SUPERVISED' && faker.number.float() < 0.6 ? CentreKind.SERVICE : CentreKind.CENTRE;
      const town = townOf(district);
      const serviceTypes = serviceTypesFor(faker, mix);
      const id = faker.string.uuid();
      // An organisation's first centre carries the town's name; its others are told apart by a
      // local name, as real ones are ("Riverside Child Contact Centre, Nottingham").
      const local = i > 0 || faker.number.float() < 0.3 ? faker.helpers.arrayElement(LOCAL_NAMES) : null;
      const name =
        kind === CentreKind.SERVICE
          ? `${local ? `${local} ` : `${town} `}Supervised Contact Service${local ? `, ${town}` : ''}`
          : local
            ? `${local} Child Contact Centre, ${town}`
            : `${town} Child Contact Centre`;
      const createdAt = new Date(SEED_EPOCH.getTime() - faker.number.int({ min: 10, max: 3000 }) * 86_400_000);
      rows.push({
        id,
        organisation: organisation.id,
        name,
        kind,
        addressLine1: kind === CentreKind.CENTRE ? faker.helpers.arrayElement(VENUES) : null,
        addressLine2: kind === CentreKind.CENTRE ? `${faker.number.int({ min: 1, max: 180 })} ${faker.helpers.arrayElement(STREETS)}` : null,
        town,
        postcode: `${district.outcode} ${faker.number.int({ min: 0, max: 9 })}${faker.string.fromCharacters(INWARD_LETTERS, 2)}`,
        latitude: district.latitude,
        longitude: district.longitude,
        region: district.region!,
        serviceTypes,
        referralRoutes: referralRoutesFor(faker, mix),
        openingPattern: faker.helpers.arrayElement(mix === 'SUPPORTED' ? OPENING_PATTERNS.supported : OPENING_PATTERNS.supervised),
        accessibilityNotes: faker.helpers.arrayElement(ACCESSIBILITY_NOTES),
        languages: languagesFor(faker, district.region!),
        feesNote: faker.helpers.arrayElement(FEES_NOTES),
        publiclyListed: faker.number.float() < 0.93,
        createdAt,
        updatedAt: createdAt,
      });
      seeded.push({ id, organisationId: organisation.id, name, serviceTypes });
    }
  }
  await insertInChunks(rows, 1000, (chunk) => em.insertMany(Centre, chunk));
  return seeded;
}

/** The home district's postcode area, or its whole region where the area is small. */
function nearbyDistricts(home: DistrictLocation, region: DistrictLocation[]): DistrictLocation[] {
  const area = /^[A-Z]+/.exec(home.outcode)![0];
  const sameArea = region.filter((d) => /^[A-Z]+/.exec(d.outcode)![0] === area);
  return sameArea.length >= 3 ? sameArea : region;
}

function serviceTypesFor(faker: SeedContext['faker'], mix: Mix): ServiceType[] {
  const types = new Set<ServiceType>();
  if (mix !== 'SUPERVISED') types.add(ServiceType.SUPPORTED_CONTACT);
  if (mix !== 'SUPPORTED') {
    types.add(ServiceType.SUPERVISED_CONTACT);
    if (faker.number.float() < 0.6) types.add(ServiceType.SUPERVISED_ASSESSMENT);
  }
  const extras: Array<[ServiceType, number]> = [
    [ServiceType.HANDOVER, 0.35],
    [ServiceType.INDIRECT_CONTACT, 0.2],
    [ServiceType.VIRTUAL_CONTACT, 0.15],
    [ServiceType.ESCORTED_CONTACT, mix === 'SUPPORTED' ? 0 : 0.2],
    [ServiceType.LIFE_STORY_WORK, mix === 'SUPPORTED' ? 0 : 0.1],
  ];
  for (const [type, chance] of extras) if (faker.number.float() < chance) types.add(type);
  return [...types];
}

function referralRoutesFor(faker: SeedContext['faker'], mix: Mix): ReferralRoute[] {
  const routes = [ReferralRoute.SOLICITOR, ReferralRoute.CAFCASS_OR_COURT];
  if (mix !== 'SUPERVISED' || faker.number.float() < 0.3) routes.push(ReferralRoute.SELF_REFERRAL);
  if (faker.number.float() < 0.6) routes.push(ReferralRoute.MEDIATOR);
  if (mix !== 'SUPPORTED' || faker.number.float() < 0.2) routes.push(ReferralRoute.SOCIAL_SERVICES);
  return routes;
}

function languagesFor(faker: SeedContext['faker'], region: Region): string[] {
  if (region === Region.WALES) return faker.number.float() < 0.7 ? ['Welsh'] : [];
  return faker.number.float() < 0.2 ? faker.helpers.arrayElement(COMMUNITY_LANGUAGES) : [];
}
