import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { dmy } from '../common/dates';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import type { DecisionRecord } from './types';

/**
 * Issues the draft after a confirmation that says exactly what happens: which number, how many awardees, that their
 * nominations become "decided", and that none of it can be undone. Waits for the awardees before it can be clicked.
 */
export function IssueButton({ decision }: { decision: DecisionRecord }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [open, setOpen] = useState(false);
  const awardees = decision.awardees ?? [];
  const collectives = awardees.filter((a) => a.recipient === 'collective').length;
  const issue = async () => {
    setOpen(false);
    try {
      await dataProvider.issueDecision(decision.id);
      notify('thidua.decision.issued', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error', autoHideDuration: 10_000 });
    }
  };
  const line = (key: string, options: Record<string, unknown> = {}) =>
    translate(`thidua.decision.confirm.${key}`, options);
  return (
    <>
      <Button
        variant="contained"
        color="success"
        disabled={!decision.awardees}
        onClick={() => setOpen(true)}
        data-testid="issue-decision"
      >
        {translate('thidua.decision.issue')}
      </Button>
      <Confirm
        isOpen={open}
        title={line('title', { number: decision.number })}
        content={
          <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="issue-confirm">
            <Typography component="li">
              {line('number', {
                number: decision.number,
                date: dmy(decision.signedOn),
                signer: `${decision.signerTitle} ${decision.signerName}`,
              })}
            </Typography>
            <Typography component="li">
              {line('awardees', {
                count: awardees.length,
                collectives,
                individuals: awardees.length - collectives,
              })}
            </Typography>
            <Typography component="li">
              {line('decided', { count: awardees.length, status: translate('statuses.decided') })}
            </Typography>
            <Typography component="li" sx={{ fontWeight: 700 }}>
              {line('irreversible')}
            </Typography>
          </Box>
        }
        confirm="thidua.decision.issue"
        confirmColor="warning"
        onConfirm={issue}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
