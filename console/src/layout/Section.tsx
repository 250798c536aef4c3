import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a page (a level-2 heading, so screen-reader users can jump between parts). */
export function Section({ title, hint, action, children }: { title: string; hint?: ReactNode; action?: ReactNode; children?: ReactNode }) {
  return (
    <Box component="section" mt={2} mb={1}>
      <Box display="flex" alignItems="center" justifyContent="space-between" gap={2} flexWrap="wrap">
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Box>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
      {children}
    </Box>
  );
}
