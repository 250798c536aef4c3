import { PostcodeDirectory } from './postcode-directory';
import { Region, regionOfDistrict } from './region';

describe('PostcodeDirectory', () => {
  const directory = PostcodeDirectory.load();

  it.each([
    ['ng1 5fs', 'NG1 5FS', 'NG1', Region.EAST_MIDLANDS],
    ['CF10 1AA', 'CF10 1AA', 'CF10', Region.WALES],
    ['BT1 1AA', 'BT1 1AA', 'BT1', Region.NORTHERN_IRELAND],
    ['GY1 1AA', 'GY1 1AA', 'GY1', Region.CHANNEL_ISLANDS],
    ['JE2 3AB', 'JE2 3AB', 'JE2', Region.CHANNEL_ISLANDS],
    ['IM1 1AA', 'IM1 1AA', 'IM1', Region.ISLE_OF_MAN],
    ['SY23 1AA', 'SY23 1AA', 'SY23', Region.WALES],
    ['SY1 1AA', 'SY1 1AA', 'SY1', Region.WEST_MIDLANDS],
  ])('places %s in district %s (%s)', (input, postcode, outcode, region) => {
    const found = directory.lookup(input);
    expect(found).toMatchObject({ ok: true, postcode, location: { outcode, region } });
  });

  it('falls back from a split central London district to the whole district', () => {
    const found = directory.lookup('SW1A 1AA');
    expect(found.ok && found.location.outcode).toMatch(/^SW1A?$/);
    expect(found.ok && found.location.region).toBe(Region.LONDON);
  });

  it('tells an invalid postcode from an unknown district', () => {
    expect(directory.lookup('hello')).toEqual({ ok: false, reason: 'INVALID' });
    expect(directory.lookup('ZZ99 9ZZ')).toMatchObject({ ok: false });
  });

  it('knows Scottish districts but places them in no NACCC region', () => {
    const found = directory.lookup('EH1 1YZ');
    expect(found).toMatchObject({ ok: true, location: { region: undefined } });
  });

  it('gives every district outside Scotland a region', () => {
    const scottishAreas = /^(AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d/;
    const missing = directory
      .all()
      .filter((district) => !scottishAreas.test(district.outcode) && !district.region)
      .map((district) => district.outcode);
    expect(missing).toEqual([]);
    expect(regionOfDistrict('TD15')).toBe(Region.NORTH_EAST);
    expect(regionOfDistrict('TD1')).toBeUndefined();
  });
});
