import { Box, Typography } from '@mui/material';
import { CanAccess, Datagrid, DateField, FunctionField, ReferenceManyField, TextField } from 'react-admin';
import {
  DATE_LOCALE,
  DATE_OPTIONS,
  DBS_DECISION_LABELS,
  DBS_JURISDICTION_LABELS,
  DBS_LEVEL_LABELS,
  DBS_WORKFORCE_LABELS,
  STATUS_CHECK_RESULT_LABELS,
  ukDate,
} from '../../labels';
import { RecordStatusCheckButton } from './RecordStatusCheckButton';
import { RevealCertificateButton } from './RevealCertificateButton';
import type { DbsCheck } from './types';

function updateService(check: DbsCheck): string {
  if (!check.onUpdateService) return 'Not subscribed';
  const subscription = check.updateServiceSubscriptionId ? `Subscribed (${check.updateServiceSubscriptionId})` : 'Subscribed';
  if (!check.lastStatusCheckDate || !check.lastStatusCheckResult) return `${subscription}; no status check yet`;
  return `${subscription}; checked ${ukDate(check.lastStatusCheckDate)}: ${STATUS_CHECK_RESULT_LABELS[check.lastStatusCheckResult].toLowerCase()}`;
}

/** Each action for those the server lets take it (authProvider.canAccess). */
function Actions(_props: { label?: string }) {
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start" gap={0.5} sx={{ '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
      <CanAccess resource="DbsCheck" action="statusCheck">
        <RecordStatusCheckButton />
      </CanAccess>
      <CanAccess resource="DbsCheck" action="reveal">
        <RevealCertificateButton />
      </CanAccess>
    </Box>
  );
}

/**
 * The person's DBS (or AccessNI) checks, newest first: metadata and decisions only. The
 * certificate number is always masked here; an administrator can reveal one, on the record.
 */
export function DbsHistory() {
  return (
    <ReferenceManyField reference="DbsCheck" target="personId" sort={{ field: 'issueDate', order: 'DESC' }} perPage={50} empty={<p>No DBS check recorded yet.</p>}>
      <Datagrid bulkActionButtons={false} rowClick={false} sx={{ '& td': { verticalAlign: 'top' } }}>
        <DateField source="issueDate" label="Issued" locales={DATE_LOCALE} options={DATE_OPTIONS} sortable={false} />
        <FunctionField
          label="Check"
          render={(check: DbsCheck) => (
            <>
              {DBS_LEVEL_LABELS[check.level]}
              <Typography variant="body2" color="text.secondary">
                {DBS_JURISDICTION_LABELS[check.jurisdiction]}, {DBS_WORKFORCE_LABELS[check.workforce].toLowerCase()}
              </Typography>
            </>
          )}
        />
        <FunctionField
          label="Decision"
          render={(check: DbsCheck) => (
            <>
              {DBS_DECISION_LABELS[check.decision]}
              <Typography variant="body2" color="text.secondary">
                {new Date(check.decidedAt).toLocaleDateString(DATE_LOCALE, DATE_OPTIONS)}, {check.decidedBy}
              </Typography>
            </>
          )}
        />
        <TextField source="certificateNumber" label="Certificate number" emptyText="Deleted (six months after the decision)" sortable={false} />
        <FunctionField label="Update Service" render={updateService} sx={{ display: 'block', maxWidth: 260 }} />
        <Actions label="Actions" />
      </Datagrid>
    </ReferenceManyField>
  );
}
