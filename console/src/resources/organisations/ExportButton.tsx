import DownloadIcon from '@mui/icons-material/Download';
import { Button, useNotify, useRecordContext } from 'react-admin';
import { request } from '../../api';
import { graphql } from '../../gql';
import type { Organisation } from './types';

const ExportOrganisationDocument = graphql(`
  query ConsoleExportOrganisation($id: ID!) {
    exportOrganisation(id: $id)
  }
`);

/**
 * Downloads everything the organisation owns as one JSON file (subject access requests, records
 * handed over when a centre closes). The server audits every export.
 */
export function ExportOrganisationButton() {
  const record = useRecordContext<Organisation>();
  const notify = useNotify();
  if (!record) return null;
  const download = async () => {
    try {
      const { exportOrganisation } = await request(ExportOrganisationDocument, { id: record.id });
      const blob = new Blob([JSON.stringify(exportOrganisation, null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${record.name.replace(/[^A-Za-z0-9]+/g, '-')}-export.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The export failed', { type: 'error' });
    }
  };
  return (
    <Button label="Export all records" onClick={download}>
      <DownloadIcon />
    </Button>
  );
}
