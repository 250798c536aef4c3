import { Chip } from '@mui/material';
import type { AccreditationState } from '../../gql/graphql';
import { STATE_COLOURS, stateInWords } from './words';

/** The state in words; the colour only repeats them. */
export function AccreditationStateChip({ state }: { state: AccreditationState }) {
  const colour = STATE_COLOURS[state];
  return <Chip size="small" variant="outlined" label={stateInWords(state)} sx={{ color: colour, borderColor: colour, fontWeight: 500 }} />;
}
