import { Region } from '../modules/geo';

/**
 * The main post town of each postcode area in the network (the outcode table has centroids but
 * no names). Used to give synthetic organisations and centres believable names and addresses.
 */
export const POST_TOWNS: Readonly<Record<string, string>> = {
  AL: 'St Albans', B: 'Birmingham', BA: 'Bath', BB: 'Blackburn', BD: 'Bradford', BH: 'Bournemouth',
  BL: 'Bolton', BN: 'Brighton', BR: 'Bromley', BS: 'Bristol', BT: 'Belfast', CA: 'Carlisle',
  CB: 'Cambridge', CF: 'Cardiff', CH: 'Chester', CM: 'Chelmsford', CO: 'Colchester', CR: 'Croydon',
  CT: 'Canterbury', CV: 'Coventry', CW: 'Crewe', DA: 'Dartford', DE: 'Derby', DH: 'Durham',
  DL: 'Darlington', DN: 'Doncaster', DT: 'Dorchester', DY: 'Dudley', E: 'Stratford', EC: 'City of London',
  EN: 'Enfield', EX: 'Exeter', FY: 'Blackpool', GL: 'Gloucester', GU: 'Guildford', GY: 'St Peter Port',
  HA: 'Harrow', HD: 'Huddersfield', HG: 'Harrogate', HP: 'Hemel Hempstead', HR: 'Hereford', HU: 'Hull',
  HX: 'Halifax', IG: 'Ilford', IM: 'Douglas', IP: 'Ipswich', JE: 'St Helier', KT: 'Kingston upon Thames',
  L: 'Liverpool', LA: 'Lancaster', LD: 'Llandrindod Wells', LE: 'Leicester', LL: 'Llandudno', LN: 'Lincoln',
  LS: 'Leeds', LU: 'Luton', M: 'Manchester', ME: 'Rochester', MK: 'Milton Keynes', N: 'Islington',
  NE: 'Newcastle upon Tyne', NG: 'Nottingham', NN: 'Northampton', NP: 'Newport', NR: 'Norwich',
  NW: 'Camden', OL: 'Oldham', OX: 'Oxford', PE: 'Peterborough', PL: 'Plymouth', PO: 'Portsmouth',
  PR: 'Preston', RG: 'Reading', RH: 'Redhill', RM: 'Romford', S: 'Sheffield', SA: 'Swansea',
  SE: 'Lewisham', SG: 'Stevenage', SK: 'Stockport', SL: 'Slough', SM: 'Sutton', SN: 'Swindon',
  SO: 'Southampton', SP: 'Salisbury', SR: 'Sunderland', SS: 'Southend-on-Sea', ST: 'Stoke-on-Trent',
  SW: 'Wandsworth', SY: 'Shrewsbury', TA: 'Taunton', TD: 'Berwick-upon-Tweed', TF: 'Telford', TN: 'Tunbridge Wells',
  TQ: 'Torquay', TR: 'Truro', TS: 'Middlesbrough', TW: 'Twickenham', UB: 'Uxbridge', W: 'Ealing',
  WA: 'Warrington', WC: 'Holborn', WD: 'Watford', WF: 'Wakefield', WN: 'Wigan', WR: 'Worcester',
  WS: 'Walsall', WV: 'Wolverhampton', YO: 'York',
};

/** Roughly each region's share of the population, so the synthetic network is spread like the real one. */
export const REGION_WEIGHTS: Readonly<Record<Region, number>> = {
  [Region.LONDON]: 13,
  [Region.SOUTH_EAST]: 14,
  [Region.NORTH_WEST]: 11,
  [Region.EAST_OF_ENGLAND]: 10,
  [Region.WEST_MIDLANDS]: 9,
  [Region.SOUTH_WEST]: 9,
  [Region.YORKSHIRE_AND_THE_HUMBER]: 8,
  [Region.EAST_MIDLANDS]: 7,
  [Region.NORTH_EAST]: 4,
  [Region.WALES]: 5,
  [Region.NORTHERN_IRELAND]: 3,
  [Region.CHANNEL_ISLANDS]: 0.6,
  [Region.ISLE_OF_MAN]: 0.4,
};

export const VENUES = [
  "St Mary's Church Hall",
  'The Methodist Church Centre',
  'Quaker Meeting House',
  'Community Family Hub',
  'United Reformed Church Rooms',
  'The Salvation Army Centre',
  "St John's Parish Centre",
  'Children and Family Centre',
  'Baptist Church Hall',
  'The Old School House',
  'Sure Start Centre',
  'Friends Meeting House',
];

export const STREETS = ['High Street', 'Church Road', 'Station Road', 'Victoria Road', 'Park Lane', 'London Road', 'Queen Street', 'Mill Lane', 'Market Place', 'Chapel Street'];

export const ORGANISATION_PATTERNS: ReadonlyArray<(town: string) => string> = [
  (town) => `${town} Child Contact Centre`,
  (town) => `${town} Family Contact Service`,
  (town) => `Relate ${town}`,
  (town) => `${town} Churches Together Contact Centre`,
  (town) => `Family Matters ${town}`,
  (town) => `${town} Family Mediation Service`,
  (town) => `${town} Children's Contact Trust`,
  (town) => `Families First ${town}`,
];

export const LOCAL_AUTHORITY_PATTERN = (town: string) => `${town} Council Children's Services`;

export const OPENING_PATTERNS = {
  supported: ['Alternate Saturdays, 10:00 to 12:30', 'Alternate Saturdays, 10:00 to 13:00', 'Every Saturday, 10:00 to 12:00', 'First and third Sundays, 14:00 to 16:30'],
  supervised: ['Weekdays by appointment, 09:00 to 17:00', 'Tuesday to Saturday by appointment', 'Weekdays and Saturday mornings by appointment'],
};

export const ACCESSIBILITY_NOTES = [
  'Step-free access and an accessible toilet',
  'Ground floor throughout; accessible parking on site',
  'First floor, no lift; ground-floor room available on request',
  'Ramp at the side entrance; hearing loop in the main hall',
];

export const FEES_NOTES = [
  'Free for supported contact; donations welcome',
  'Supported contact £15 per session; ask about reduced fees',
  'Supervised sessions £45 per hour; reports quoted separately',
  'Supported contact free; supervised contact £50 per hour, reports £150',
];

export const COMMUNITY_LANGUAGES = [['Polish'], ['Urdu', 'Punjabi'], ['Bengali'], ['Arabic'], ['Romanian'], ['Gujarati'], ['Portuguese'], ['Somali']];

export const LOCAL_NAMES = [
  'Riverside', 'Hope', 'Rainbow', 'Oak Tree', 'Meadow', "St Andrew's", 'Willow', 'Beacon', 'Harbour',
  'Springfield', 'Brookside', 'Castle', 'Heathfield', 'Orchard', 'Parkside', 'Bridge', 'Kingfisher', 'Sunflower',
];

/**
 * Ofcom's numbers reserved for drama (never allocated to anyone), so no synthetic person rings a
 * real one: the mobile range, and a geographic range near each region where there is one.
 */
export const DRAMA_MOBILE = '07700 900';
export const DRAMA_LANDLINES: Readonly<Record<Region, readonly string[]>> = {
  [Region.LONDON]: ['020 7946 0'],
  [Region.SOUTH_EAST]: ['0118 496 0'],
  [Region.NORTH_WEST]: ['0161 496 0', '0151 496 0'],
  [Region.EAST_OF_ENGLAND]: ['01632 960'],
  [Region.WEST_MIDLANDS]: ['0121 496 0'],
  [Region.SOUTH_WEST]: ['0117 496 0'],
  [Region.YORKSHIRE_AND_THE_HUMBER]: ['0113 496 0', '0114 496 0'],
  [Region.EAST_MIDLANDS]: ['0115 496 0', '0116 496 0'],
  [Region.NORTH_EAST]: ['0191 498 0'],
  [Region.WALES]: ['029 2018 0'],
  [Region.NORTHERN_IRELAND]: ['028 9018 0'],
  [Region.CHANNEL_ISLANDS]: ['01632 960'],
  [Region.ISLE_OF_MAN]: ['01632 960'],
};

export const PERSON_NOTES = [
  'Prefers Saturday sessions',
  'Available alternate Sundays only',
  'Also helps with fundraising',
  'Welsh speaker',
  'Speaks Polish',
  'Returning after a career break',
  'Mentors new volunteers',
  'Prefers handovers to supervised sessions',
];
