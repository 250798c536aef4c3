import type { RequiredEntityData } from '@mikro-orm/core';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { MembershipStatus, OrganisationType } from '../../modules/organisation/organisation.enums';
import { postcodeDirectory, type DistrictLocation } from '../../modules/geo';
import { Region } from '../../modules/geo';
import { LOCAL_AUTHORITY_PATTERN, ORGANISATION_PATTERNS, POST_TOWNS, REGION_WEIGHTS } from '../places';
import { SEED_EPOCH, apportion, insertInChunks, type SeedContext } from '../seed-context';

export type SeededOrganisation = { id: string; name: string; type: OrganisationType; region: Region; home: DistrictLocation; centreCount: number };

export const ORGANISATIONS_AT_SCALE_1 = 120;
export const CENTRES_AT_SCALE_1 = 350;

/** Districts of the network's nations, grouped by region, in a stable order. */
export function districtsByRegion(): Map<Region, DistrictLocation[]> {
  const byRegion = new Map<Region, DistrictLocation[]>();
  for (const district of postcodeDirectory().all()) {
    const area = /^[A-Z]+/.exec(district.outcode)![0];
    if (!district.region || !POST_TOWNS[area]) continue;
    byRegion.set(district.region, [...(byRegion.get(district.region) ?? []), district]);
  }
  for (const list of byRegion.values()) list.sort((a, b) => a.outcode.localeCompare(b.outcode));
  return byRegion;
}

export function townOf(district: DistrictLocation): string {
  return POST_TOWNS[/^[A-Z]+/.exec(district.outcode)![0]]!;
}

/**
 * Member organisations spread over the regions by population, each with a home district and a
 * number of centres: most run one to three, a few run many.
 */
export async function seedOrganisations(ctx: SeedContext): Promise<SeededOrganisation[]> {
  const { faker, em } = ctx;
  const organisationCount = Math.max(1, Math.round(ORGANISATIONS_AT_SCALE_1 * ctx.scale));
  const centreCount = Math.max(organisationCount, Math.round(CENTRES_AT_SCALE_1 * ctx.scale));
  const perRegion = apportion(organisationCount, REGION_WEIGHTS, 1);
  const districts = districtsByRegion();
  const names = new Set<string>();
  const seeded: SeededOrganisation[] = [];
  const rows: RequiredEntityData<Organisation>[] = [];

  for (const region of Object.keys(perRegion) as Region[]) {
    for (let i = 0; i < perRegion[region]; i++) {
      const home = faker.helpers.arrayElement(districts.get(region)!);
      const town = townOf(home);
      const type = faker.helpers.weightedArrayElement([
        { weight: 78, value: OrganisationType.CHARITY },
        { weight: 10, value: OrganisationType.LOCAL_AUTHORITY },
        { weight: 8, value: OrganisationType.COMMUNITY_INTEREST_COMPANY },
        { weight: 4, value: OrganisationType.COMPANY },
      ]);
      const name = uniqueName(
        type === OrganisationType.LOCAL_AUTHORITY ? LOCAL_AUTHORITY_PATTERN(town) : faker.helpers.arrayElement(ORGANISATION_PATTERNS)(town),
        names,
        [home.outcode, 'North', 'South', 'East', 'West', 'Central'],
      );
      const id = faker.string.uuid();
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 28);
      const createdAt = new Date(SEED_EPOCH.getTime() - faker.number.int({ min: 30, max: 3650 }) * 86_400_000);
      rows.push({
        id,
        name,
        type,
        charityNumber: type === OrganisationType.CHARITY ? charityNumber(faker, region) : null,
        contactEmail: `info@${slug}.org.uk`,
        membershipStatus: faker.helpers.weightedArrayElement([
          { weight: 92, value: MembershipStatus.MEMBER },
          { weight: 5, value: MembershipStatus.APPLICANT },
          { weight: 3, value: MembershipStatus.LAPSED },
        ]),
        region,
        createdAt,
        updatedAt: createdAt,
      });
      seeded.push({ id, name, type, region, home, centreCount: 1 });
    }
  }
  // Every organisation runs one centre. The rest are shared out by region (so a small region
  // stays small), then within the region mostly to small organisations and some to a few large ones.
  const populated = Object.fromEntries(
    (Object.entries(REGION_WEIGHTS) as [Region, number][]).filter(([region]) => perRegion[region] > 0),
  ) as Record<Region, number>;
  const extraPerRegion = apportion(centreCount - seeded.length, populated);
  for (const region of Object.keys(extraPerRegion) as Region[]) {
    const local = seeded.filter((organisation) => organisation.region === region);
    const large = faker.helpers.arrayElements(local, Math.max(1, Math.round(local.length * 0.08)));
    for (let extra = extraPerRegion[region]; extra > 0; extra--) {
      const organisation = faker.number.float() < 0.3 ? faker.helpers.arrayElement(large) : faker.helpers.arrayElement(local);
      organisation.centreCount += 1;
    }
  }
  await insertInChunks(rows, 1000, (chunk) => em.insertMany(Organisation, chunk));
  return seeded;
}

function uniqueName(candidate: string, taken: Set<string>, qualifiers: string[]): string {
  let name = candidate;
  for (let i = 0; taken.has(name.toLowerCase()); i++) {
    name = i < qualifiers.length ? `${candidate} (${qualifiers[i]})` : `${candidate} ${i - qualifiers.length + 2}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Charity Commission numbers for England and Wales; NIC numbers in Northern Ireland. */
function charityNumber(faker: SeedContext['faker'], region: Region): string {
  return region === Region.NORTHERN_IRELAND ? `NIC${faker.string.numeric(6)}` : faker.string.numeric({ length: 7, allowLeadingZeros: false }).replace(/^./, '1');
}
