import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled card, the building block of the custom pages. */
export function Section({
  title,
  children,
  action,
  testId,
}: {
  title: ReactNode;
  children: ReactNode;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <Card sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
          <span style={{ flex: 1 }}>{title}</span>
          {action}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** "Nguồn: III.4" — every fact about a province shows the plan section it comes from. */
export function Source({ source }: { source: string }) {
  return (
    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
      [{source}]
    </Typography>
  );
}

/** One "label: value" line of a record's summary; the label is the resource's field name. */
export function FieldRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2" component="div" sx={{ display: 'flex', gap: 1 }}>
      <Box component="span" sx={{ color: 'text.secondary', minWidth: 200 }}>
        {label}
      </Box>
      <span>{children}</span>
    </Typography>
  );
}
