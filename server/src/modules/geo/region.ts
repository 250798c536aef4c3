import { registerEnumType } from 'type-graphql';

/**
 * Where NACCC's member centres are: the nine English regions, Wales, Northern Ireland, the
 * Channel Islands and the Isle of Man. Scotland has its own accreditation body.
 */
export enum Region {
  NORTH_EAST = 'NORTH_EAST',
  NORTH_WEST = 'NORTH_WEST',
  YORKSHIRE_AND_THE_HUMBER = 'YORKSHIRE_AND_THE_HUMBER',
  EAST_MIDLANDS = 'EAST_MIDLANDS',
  WEST_MIDLANDS = 'WEST_MIDLANDS',
  EAST_OF_ENGLAND = 'EAST_OF_ENGLAND',
  LONDON = 'LONDON',
  SOUTH_EAST = 'SOUTH_EAST',
  SOUTH_WEST = 'SOUTH_WEST',
  WALES = 'WALES',
  NORTHERN_IRELAND = 'NORTHERN_IRELAND',
  CHANNEL_ISLANDS = 'CHANNEL_ISLANDS',
  ISLE_OF_MAN = 'ISLE_OF_MAN',
}

registerEnumType(Region, { name: 'Region', description: 'A region of the NACCC network' });

const AREAS: Record<Region, readonly string[]> = {
  NORTH_EAST: ['NE', 'SR', 'DH', 'DL', 'TS'],
  NORTH_WEST: ['M', 'L', 'WA', 'WN', 'BL', 'BB', 'PR', 'FY', 'LA', 'CA', 'OL', 'SK', 'CW', 'CH'],
  YORKSHIRE_AND_THE_HUMBER: ['LS', 'BD', 'HX', 'HD', 'WF', 'S', 'DN', 'HU', 'YO', 'HG'],
  EAST_MIDLANDS: ['NG', 'DE', 'LE', 'LN', 'NN'],
  WEST_MIDLANDS: ['B', 'CV', 'WV', 'WS', 'DY', 'ST', 'TF', 'WR', 'HR', 'SY'],
  EAST_OF_ENGLAND: ['CB', 'CM', 'CO', 'IP', 'NR', 'PE', 'SG', 'AL', 'LU', 'SS', 'WD'],
  LONDON: ['E', 'EC', 'N', 'NW', 'SE', 'SW', 'W', 'WC', 'BR', 'CR', 'HA', 'IG', 'RM', 'SM', 'TW', 'UB', 'EN'],
  SOUTH_EAST: ['BN', 'CT', 'GU', 'HP', 'ME', 'MK', 'OX', 'PO', 'RG', 'RH', 'SL', 'SO', 'TN', 'DA', 'KT'],
  SOUTH_WEST: ['BA', 'BH', 'BS', 'DT', 'EX', 'GL', 'PL', 'SN', 'SP', 'TA', 'TQ', 'TR'],
  WALES: ['CF', 'LD', 'LL', 'NP', 'SA'],
  NORTHERN_IRELAND: ['BT'],
  CHANNEL_ISLANDS: ['GY', 'JE'],
  ISLE_OF_MAN: ['IM'],
};

/** Districts on the wrong side of a border from the rest of their postcode area. */
const DISTRICT_REGIONS = new Map<string, Region>([
  ...['CH5', 'CH6', 'CH7', 'CH8', ...range(15, 25).map((n) => `SY${n}`)].map((d) => [d, Region.WALES] as const),
  ['TD15', Region.NORTH_EAST], // Berwick-upon-Tweed, in a Scottish postcode area
]);

const REGION_BY_AREA = new Map<string, Region>(
  (Object.entries(AREAS) as [Region, readonly string[]][]).flatMap(([region, areas]) =>
    areas.map((area) => [area, region] as const),
  ),
);

/**
 * The region a postcode district belongs to, by its postcode area (the letters). Postcode areas
 * do not follow region boundaries exactly; this is the usual approximation, and a centre's
 * region can be set explicitly where it is wrong. Undefined outside the network's nations.
 */
export function regionOfDistrict(district: string): Region | undefined {
  const exception = DISTRICT_REGIONS.get(district);
  if (exception) return exception;
  const area = /^[A-Z]{1,2}/.exec(district)?.[0];
  return area ? REGION_BY_AREA.get(area) : undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
