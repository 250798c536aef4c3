import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf } from '../../dataProvider/errors';
import { ukToday } from '../../labels';

/** Filters the server understands (PersonFilter); anything else in the URL is left out. */
const PERSON_FILTER_KEYS = ['q', 'ids', 'organisationId', 'centreId', 'personType', 'status', 'clearanceStatus'];

/**
 * Downloads the people of the list's current filter (all pages) as CSV, made by the server:
 * their clearance, never certificate numbers.
 */
export function ExportPeopleCsvButton() {
  const { filterValues, filter } = useListContext();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const all = { ...filterValues, ...filter } as Record<string, unknown>;
      const personFilter = Object.fromEntries(Object.entries(all).filter(([key, value]) => PERSON_FILTER_KEYS.includes(key) && value !== '' && value != null));
      const { data: csv } = await dataProvider.peopleCsv({ filter: personFilter });
      // Not a string when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (typeof csv !== 'string') return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.download = `people-${ukToday()}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notify(messageOf(error, 'The export failed'), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="Export CSV" onClick={download} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
}
