import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf } from '../../dataProvider/errors';

/**
 * Downloads a decided visit's report as a PDF (centre, standards version, findings by area,
 * actions with due dates, decision): for head office, the visit's assessor and the centre's
 * organisation, as the server allows; each download is audited there. Offered only once the
 * visit is decided.
 */
export function ReportDownloadButton({ assessment }: { assessment: { id: string; decision?: string | null; visitDate: string; centre?: { name?: string | null } | null } }) {
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!assessment.decision) return null;
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.assessmentReportPdf({ id: assessment.id });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([data], { type: 'application/pdf' }));
      const centre = (assessment.centre?.name ?? 'centre').replace(/[^A-Za-z0-9]+/g, '-');
      link.download = `assessment-report-${centre}-${assessment.visitDate}.pdf`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notify(messageOf(error, 'The report could not be downloaded'), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="Download report (PDF)" onClick={download} disabled={busy}>
      <PictureAsPdfIcon />
    </Button>
  );
}
