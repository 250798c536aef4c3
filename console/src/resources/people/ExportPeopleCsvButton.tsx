import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';
import { request } from '../../api';
import { ukToday } from '../../labels';
import { PeopleCsvDocument } from './csv';

/** Filters the server understands (PersonFilter); anything else in the URL is left out. */
const PERSON_FILTER_KEYS = ['q', 'ids', 'organisationId', 'centreId', 'personType', 'status', 'clearanceStatus'];

/**
 * Downloads the people of the list's current filter (all pages) as CSV, made by the server:
 * their clearance, never certificate numbers.
 */
export function ExportPeopleCsvButton() {
  const { filterValues, filter } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const all = { ...filterValues, ...filter } as Record<string, unknown>;
      const personFilter = Object.fromEntries(Object.entries(all).filter(([key, value]) => PERSON_FILTER_KEYS.includes(key) && value !== '' && value != null));
      const { peopleCsv } = await request(PeopleCsvDocument, { filter: personFilter });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([peopleCsv], { type: 'text/csv;charset=utf-8' }));
      link.download = `people-${ukToday()}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The export failed', { type: 'error' });
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
