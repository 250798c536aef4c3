import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isValid, toDistrict, toNormalised, toOutcode } from 'postcode';
import { regionOfDistrict, type Region } from './region';

/** Public centroids of UK postcode districts; shipped with the server so geocoding is offline. */
const OUTCODES_CSV = path.resolve(__dirname, '..', '..', '..', 'data', 'uk-outcodes.csv');

export type DistrictLocation = {
  outcode: string;
  latitude: number;
  longitude: number;
  region: Region | undefined;
};

export type PostcodeLookup =
  | { ok: true; postcode: string; location: DistrictLocation }
  | { ok: false; reason: 'INVALID' | 'UNKNOWN_DISTRICT' };

/**
 * Postcode → approximate location (the district centroid, good to a few miles: enough for
 * "centres near me" and coverage distances, and deliberately no more precise than that).
 */
export class PostcodeDirectory {
  private constructor(private readonly districts: ReadonlyMap<string, DistrictLocation>) {}

  static load(file = OUTCODES_CSV): PostcodeDirectory {
    const districts = new Map<string, DistrictLocation>();
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    for (const line of lines.slice(1)) {
      const [outcode, lat, lon] = line.split(',');
      if (!outcode || !lat || !lon) continue;
      const latitude = Number(lat);
      const longitude = Number(lon);
      if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
      districts.set(outcode, { outcode, latitude, longitude, region: regionOfDistrict(outcode) });
    }
    return new PostcodeDirectory(districts);
  }

  lookup(input: string): PostcodeLookup {
    if (!isValid(input)) return { ok: false, reason: 'INVALID' };
    const postcode = toNormalised(input)!;
    const outcode = toOutcode(postcode)!;
    // Central London districts are split (SW1A, EC1M...); fall back to the whole district.
    const location = this.districts.get(outcode) ?? this.districts.get(toDistrict(postcode)!);
    return location ? { ok: true, postcode, location } : { ok: false, reason: 'UNKNOWN_DISTRICT' };
  }

  /** Every district with a centroid, for the synthetic network and later the coverage map. */
  all(): DistrictLocation[] {
    return [...this.districts.values()];
  }
}

let shared: PostcodeDirectory | undefined;
/** The directory is read-only reference data, so one copy per process is shared by all requests. */
export function postcodeDirectory(): PostcodeDirectory {
  shared ??= PostcodeDirectory.load();
  return shared;
}
