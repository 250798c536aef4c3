import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { useConsoleDataProvider } from '../../../dataProvider';
import { messageOf } from '../../../dataProvider/errors';
import type { TrainingMatrixFilter, TrainingRecordFilter } from '../../../gql/graphql';
import { ukToday } from '../../../labels';
import { downloadCsv, fileNamePart } from './downloadCsv';

/** Runs `fetch` and downloads the CSV it answers; a failure is notified, and the button waits meanwhile. */
function useCsvDownload(fetch: () => Promise<{ data: unknown }>, name: string) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data: csv } = await fetch();
      // Not a string when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (typeof csv !== 'string') return;
      downloadCsv(csv, `${fileNamePart(name)}-${ukToday()}.csv`);
    } catch (error) {
      notify(messageOf(error, 'The export failed'), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}

/**
 * Downloads the training records of a person, a centre or an organisation as CSV, written (and
 * audited) by the server: course, source, dates dd/mm/yyyy, outcome, credits, hours, who recorded it.
 */
export function ExportTrainingRecordsButton({ filter, name }: { filter: TrainingRecordFilter; name: string }) {
  const dataProvider = useConsoleDataProvider();
  const { download, busy } = useCsvDownload(() => dataProvider.trainingRecordsCsv({ filter }), `training-records-${name}`);
  return (
    <Button label="Export training records" onClick={download} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
}

/** Downloads a compliance matrix as CSV, written (and audited) by the server: each state in words, expiry dates dd/mm/yyyy. */
export function ExportMatrixCsvButton({ filter, name }: { filter: TrainingMatrixFilter; name: string }) {
  const dataProvider = useConsoleDataProvider();
  const { download, busy } = useCsvDownload(() => dataProvider.trainingMatrixCsv({ filter }), `training-compliance-${name}`);
  return (
    <Button label="Export CSV" onClick={download} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
}
