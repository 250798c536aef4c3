import DownloadIcon from '@mui/icons-material/Download';
import { Button, useNotify, useRecordContext } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf } from '../../dataProvider/errors';
import type { Organisation } from './types';

/**
 * Downloads everything the organisation owns as one JSON file (subject access requests, records
 * handed over when a centre closes). The server audits every export.
 */
export function ExportOrganisationButton() {
  const record = useRecordContext<Organisation>();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  if (!record) return null;
  const download = async () => {
    try {
      const { data } = await dataProvider.exportOrganisation({ id: record.id });
      // Nothing when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (!data || Object.keys(data).length === 0) return;
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${record.name.replace(/[^A-Za-z0-9]+/g, '-')}-export.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notify(messageOf(error, 'The export failed'), { type: 'error' });
    }
  };
  return (
    <Button label="Export all records" onClick={download}>
      <DownloadIcon />
    </Button>
  );
}
