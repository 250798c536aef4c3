/**
 * Whether the public (the finder, courts and referrers) sees a centre, and why not: the server
 * computes `publiclyVisible` from its organisation's consent (`publiclyListed`) and a current
 * accreditation (accredited or renewal due, of either kind).
 */
export function visibilityInWords(centre: { publiclyVisible?: boolean | null; publiclyListed: boolean }, own: boolean): string {
  if (centre.publiclyVisible) return 'Shown to the public: its organisation lists it, and it is accredited.';
  const consent = own ? 'your organisation chose not to list it' : 'its organisation chose not to list it';
  if (!centre.publiclyListed) return `Not shown to the public: ${consent}.`;
  return 'Not shown to the public: not accredited (it needs a current Accreditation or Enhanced Accreditation).';
}
