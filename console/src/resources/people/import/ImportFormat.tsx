import { Box, Typography } from '@mui/material';

const EXAMPLE = `Given name,Family name,Type,Start date,Email,Phone,Centres,Notes
Amira,Khan,Volunteer,03/02/2025,amira.khan@example.org,07700 900123,Hope Family Centre,
Tom,Price,Sessional worker,14/04/2025,,,Hope Family Centre; Riverside Contact Service,Weekends only`;

/** What the server reads (importPeople's description): named columns in any order. */
export function ImportFormat() {
  return (
    <Box component="section" aria-label="The columns of the file" mb={2}>
      <Typography component="ul" sx={{ pl: 3, my: 1 }}>
        <li>
          Required columns: <strong>given name</strong>, <strong>family name</strong>, <strong>type</strong> (volunteer, staff, coordinator,
          trustee or sessional worker) and <strong>start date</strong> (dd/mm/yyyy).
        </li>
        <li>
          Optional columns: <strong>email</strong>, <strong>phone</strong>, <strong>centres</strong> (the centres' names, separated by ;) and{' '}
          <strong>notes</strong>.
        </li>
        <li>
          Columns can be in any order, with any capitals. Any other column is refused: a file from Export CSV has more columns (status, clearance
          and so on), so remove those before importing it.
        </li>
      </Typography>
      <Typography variant="body2" color="text.secondary">
        For example:
      </Typography>
      <Box component="pre" sx={{ bgcolor: 'grey.100', p: 1, overflowX: 'auto', fontSize: 13, mt: 0.5 }}>
        {EXAMPLE}
      </Box>
    </Box>
  );
}
