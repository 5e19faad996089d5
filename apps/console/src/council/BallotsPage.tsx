import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, Title, useNotify, useParams, useTranslate } from 'react-admin';
import { apiJson } from '../notifications/api';
import { Ballot } from './Ballot';
import { resultLine } from './MeetingPage';
import { recusedFrom } from './types';
import { useMeeting } from './useMeeting';

/**
 * The secretary (or a manager) enters paper ballots on behalf of members present: choose the member, then their
 * vote or score sheet for each nomination. The api records each ballot as entered by the user who typed it.
 */
export function BallotsPage() {
  const { id } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { meeting: m, reload: load } = useMeeting(id);
  const [memberId, setMemberId] = useState<number | ''>('');
  if (!m) return null;
  const fail = (e: Error) => notify(e.message, { type: 'error' });
  const present = m.members.filter((x) => x.present);
  const member = present.find((x) => x.memberId === memberId) ?? null;
  const post = (path: string, body: object) =>
    apiJson(`/council/meetings/${m.id}${path}`, 'POST', { ...body, memberId }).then(load);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 900 }}>
      <Title title={translate('council.paper_title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">
            {m.awardFormName} – {m.phaseName}
          </Typography>
          <Alert severity="info" sx={{ my: 1 }}>
            {translate('council.paper_help')}
          </Alert>
          {m.status !== 'called' && (
            <Alert severity="warning" sx={{ my: 1 }}>
              {translate(`council.statuses.${m.status}`)}
            </Alert>
          )}
          <TextField
            select
            fullWidth
            label={translate('council.for_member')}
            helperText={translate('council.choose_member')}
            value={memberId}
            onChange={(e) => setMemberId(Number(e.target.value))}
            slotProps={{ htmlInput: { 'data-testid': 'ballot-member' } }}
          >
            {present.map((x) => (
              <MenuItem key={x.memberId} value={x.memberId}>
                {x.fullName} ({translate(`council.roles.${x.role}`)})
              </MenuItem>
            ))}
          </TextField>
          <Button component={Link} to={`/council/meetings/${m.id}`} sx={{ mt: 1 }}>
            {translate('council.back')}
          </Button>
        </CardContent>
      </Card>
      {member && m.status === 'called' && (
        <Stack spacing={1} data-testid="paper-sheet">
          {m.agenda.map((a) => {
            const recused = recusedFrom(a).includes(member.memberId);
            const has =
              a.votes.some((v) => v.memberId === member.memberId) ||
              a.scores.some((s) => s.memberId === member.memberId);
            return (
              <Card key={a.nominationId} variant="outlined" data-testid={`paper-${a.nominationId}`}>
                <CardContent>
                  <Typography sx={{ fontWeight: 600 }}>{a.nomineeName}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {a.nominatingUnitName}
                  </Typography>
                  <Typography variant="body2" sx={{ mt: 0.5 }}>
                    {resultLine(a, translate)}
                  </Typography>
                  {has && <Chip size="small" sx={{ mt: 0.5 }} label={translate('council.entered_by_other')} />}
                  {recused ? (
                    <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
                      {translate('council.recused')}
                    </Typography>
                  ) : (
                    <Ballot
                      item={a}
                      memberId={member.memberId}
                      mode={m.mode}
                      onVote={(choice) => void post('/votes', { nominationId: a.nominationId, choice }).catch(fail)}
                      onScores={(scores) =>
                        post('/scores', { nominationId: a.nominationId, scores })
                          .then(() => notify('council.scores_saved', { type: 'success' }))
                          .catch(fail)
                      }
                    />
                  )}
                </CardContent>
              </Card>
            );
          })}
        </Stack>
      )}
    </Box>
  );
}
