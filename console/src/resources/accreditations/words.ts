import type { AccreditationAction, AccreditationState } from '../../gql/graphql';
import { ACCREDITATION_STATE_LABELS, ukDate } from '../../labels';
import type { Accreditation } from './types';

type Dates = Pick<Accreditation, 'state' | 'candidateDueBy' | 'candidateOverdue' | 'expiresOn' | 'renewalDueFrom' | 'daysToExpiry' | 'stateChangedOn'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Days as people say them at a distance: "12 days", "8 months", "2 years". */
export function roughly(days: number): string {
  if (days < 60) return plural(days, 'day');
  const months = Math.round(days / 30.44);
  return months < 24 ? plural(months, 'month') : plural(Math.round(days / 365.25), 'year');
}

/** "expires in 12 days", "expired 3 days ago"; with the date when it is not beside it (a centre's page). */
function expiresIn(days: number, words: (days: number) => string, on: string | null | undefined, withDate: boolean): string {
  const when = withDate && on ? ` (${ukDate(on)})` : '';
  if (days === 0) return `expires today${when}`;
  return days > 0 ? `expires in ${words(days)}${when}` : `expired ${words(-days)} ago${when}`;
}

/**
 * Where it stands against its calendar, in words: "expires in 240 days", "overdue since
 * 10/12/2026" (a candidate past its 6 months), "renewal due since 12/05/2026, expires in 40 days".
 * `exact` counts days (the list, with its expiry column); otherwise months once far off, with the
 * expiry date (a centre's page: "expires in 8 months (14/04/2027)").
 */
export function countdown(accreditation: Dates, exact = true): string {
  const words = exact ? (days: number) => plural(days, 'day') : roughly;
  const { state, daysToExpiry } = accreditation;
  switch (state) {
    case 'CANDIDATE':
      return accreditation.candidateOverdue
        ? `overdue since ${ukDate(accreditation.candidateDueBy)}`
        : `to be accredited by ${ukDate(accreditation.candidateDueBy)}`;
    case 'ACCREDITED':
      return daysToExpiry == null ? '' : expiresIn(daysToExpiry, words, accreditation.expiresOn, !exact);
    case 'RENEWAL_DUE':
      return `renewal due since ${ukDate(accreditation.renewalDueFrom)}${daysToExpiry == null ? '' : `, ${expiresIn(daysToExpiry, words, accreditation.expiresOn, !exact)}`}`;
    case 'LAPSED':
      return `lapsed since ${ukDate(accreditation.stateChangedOn)}`;
    case 'SUSPENDED':
      return `suspended since ${ukDate(accreditation.stateChangedOn)}`;
    case 'REMOVED':
      return `removed on ${ukDate(accreditation.stateChangedOn)}`;
    case 'WITHDRAWN':
      return `withdrawn on ${ukDate(accreditation.stateChangedOn)}`;
  }
}

/** Dark enough to read as text on white (4.5:1 and more); the words say the state, the colour repeats them. */
export const STATE_COLOURS: Readonly<Record<AccreditationState, string>> = {
  CANDIDATE: '#0d47a1',
  ACCREDITED: '#1b5e20',
  RENEWAL_DUE: '#8a4b00',
  LAPSED: '#b71c1c',
  SUSPENDED: '#b71c1c',
  REMOVED: '#4a4a4a',
  WITHDRAWN: '#4a4a4a',
};

export const stateInWords = (state: AccreditationState) => ACCREDITATION_STATE_LABELS[state];

/** What each of head office's steps does, said in the dialog before it is taken. */
export function consequenceOf(action: AccreditationAction, accreditation: Pick<Accreditation, 'state' | 'expiresOn'>): string {
  switch (action) {
    case 'AWARD':
      return accreditation.state === 'RENEWAL_DUE'
        ? 'The accreditation is renewed: it is accredited again for 3 years from today.'
        : 'The centre is accredited for 3 years from today, and can be shown to the public if its organisation chooses to list it.';
    case 'SUSPEND':
      return 'The centre disappears from public view at once: the public finder and courts no longer see it until it is reinstated.';
    case 'REINSTATE':
      return `The centre is accredited again${accreditation.expiresOn ? `, until ${ukDate(accreditation.expiresOn)} as before` : ''}, and shown to the public again if its organisation lists it.`;
    case 'REMOVE':
      return 'The accreditation ends for good: the centre stays out of public view, and would have to apply again as a candidate.';
    case 'WITHDRAW':
      return 'The accreditation is closed because the organisation is leaving: the centre is no longer shown to the public.';
    case 'MARK_RENEWAL_DUE':
    case 'LAPSE':
      return 'This happens by the date, overnight.';
  }
}
