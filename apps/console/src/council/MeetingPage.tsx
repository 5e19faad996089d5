import { Box, Button, Card, CardContent, Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Link, Title, useNotify, useParams, useTranslate } from 'react-admin';
import { DownloadButtons } from '../common/DownloadButtons';
import { ShareLine } from '../common/QuotaMeter';
import { apiJson } from '../notifications/api';
import { Ballot } from './Ballot';
import { formatDateTime, percent } from './format';
import { type AgendaItem, recusedFrom } from './types';
import { useMeeting } from './useMeeting';

/**
 * One meeting: attendance and quorum, the agenda with each member's vote sheet (large buttons, one column: it
 * works on a phone), the live tally while votes are open, and the locked ranked result with the manager's actions.
 */
export function MeetingPage() {
  const { id } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { meeting: m, reload: load } = useMeeting(id);
  // The live tally: others' votes arrive while the meeting is open.
  useEffect(() => {
    if (m?.status !== 'called') return;
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [m?.status, load]);
  const act = (path: string, method = 'POST', body?: unknown) =>
    apiJson(`/council/meetings/${id}${path}`, method, body)
      .then(load)
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  const saveScores = (nominationId: number, scores: { criterionId: string; points: number }[]) =>
    apiJson(`/council/meetings/${id}/scores`, 'POST', { nominationId, scores })
      .then(() => notify('council.scores_saved', { type: 'success' }))
      .then(load)
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  if (!m) return null;
  const open = m.status === 'called';
  const caps = Object.values(m.room ?? {}).filter((n): n is number => n !== null);
  const left = caps.length ? Math.min(...caps) : null;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 900 }}>
      <Title title={translate('council.meeting')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">
            {m.awardFormName} – {m.phaseName}
          </Typography>
          <Typography color="text.secondary">
            {formatDateTime(m.startsAt)} · {m.place}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
            <Chip label={translate(`council.statuses.${m.status}`)} color={m.locked ? 'default' : 'primary'} />
            <Chip
              data-testid="quorum"
              color={m.quorum.met ? 'success' : 'warning'}
              label={`${translate(m.quorum.met ? 'council.quorum_met' : 'council.quorum_not_met')}: ${translate('council.quorum', m.quorum)}`}
            />
            {left !== null && (
              <Chip
                data-testid="room"
                color={left > 0 ? 'default' : 'error'}
                label={translate('council.room', { left })}
              />
            )}
          </Stack>
          {m.share && <ShareLine share={m.share} />}
          {(m.canManage || m.canEnterBallots) && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2 }}>
              {m.canManage && m.status === 'planned' && (
                <Button variant="contained" onClick={() => void act('/call')}>
                  {translate('council.call')}
                </Button>
              )}
              {m.canManage && open && (
                <Button variant="contained" color="warning" onClick={() => void act('/close')}>
                  {translate('council.close')}
                </Button>
              )}
              {open && m.canEnterBallots && (
                <Button component={Link} to={`/council/meetings/${m.id}/ballots`} variant="outlined">
                  {translate('council.paper_ballots')}
                </Button>
              )}
              {m.canManage &&
                m.locked &&
                m.quorum.met &&
                m.agenda.some((a) => a.selected && a.status === 'appraised') && (
                  <Button variant="contained" color="success" onClick={() => void act('/approve', 'POST', {})}>
                    {translate('council.approve')}
                  </Button>
                )}
            </Stack>
          )}
          {m.locked && (
            <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
              <DownloadButtons
                path={`/council/meetings/${m.id}/documents/council-minutes`}
                name={`bien-ban-hop-hoi-dong-${m.id}`}
                formats={['pdf', 'docx']}
                label={translate('council.minutes')}
              />
              <DownloadButtons
                path={`/council/meetings/${m.id}/documents/submission-letter`}
                name={`to-trinh-${m.id}`}
                formats={['pdf', 'docx']}
                label={translate('council.letter')}
              />
            </Stack>
          )}
        </CardContent>
      </Card>

      {m.canManage && !m.locked && (
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="subtitle1">{translate('council.attendance')}</Typography>
            <Stack>
              {m.members.map((x) => (
                <FormControlLabel
                  key={x.memberId}
                  control={
                    <Switch
                      checked={x.present}
                      onChange={(e) =>
                        void act('/attendance', 'PUT', { memberId: x.memberId, present: e.target.checked })
                      }
                    />
                  }
                  label={`${x.fullName} (${translate(`council.roles.${x.role}`)})`}
                />
              ))}
            </Stack>
          </CardContent>
        </Card>
      )}

      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        {translate('council.agenda', { smart_count: m.agenda.length })}
      </Typography>
      <Stack spacing={1} data-testid="vote-sheet">
        {[...m.agenda]
          .sort((a, b) => (m.locked ? (a.rank ?? 1e9) - (b.rank ?? 1e9) : 0))
          .map((a) => {
            const recused = !!m.me && recusedFrom(a).includes(m.me.memberId);
            return (
              <Card key={a.nominationId} variant="outlined" data-testid={`agenda-${a.nominationId}`}>
                <CardContent>
                  <Typography sx={{ fontWeight: 600 }}>{a.nomineeName}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`recipients.${a.recipient}`)} · {a.nominatingUnitName}
                  </Typography>
                  <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="tally">
                    {resultLine(a, translate)}
                  </Typography>
                  <Stack direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 1 }}>
                    {a.rank !== null && <Chip size="small" label={translate('council.rank', { rank: a.rank })} />}
                    {a.selected && <Chip size="small" color="success" label={translate('council.selected')} />}
                    {a.tie && <Chip size="small" color="warning" label={translate('council.tie')} />}
                    {m.locked && !(a.tally ?? a.score)?.passed && (
                      <Chip size="small" label={translate('council.not_passed')} />
                    )}
                    {a.status !== 'appraised' && <Chip size="small" label={translate(`statuses.${a.status}`)} />}
                  </Stack>
                  {open && m.me && !recused && (
                    <Ballot
                      item={a}
                      memberId={m.me.memberId}
                      mode={m.mode}
                      onVote={(choice) => void act('/votes', 'POST', { nominationId: a.nominationId, choice })}
                      onScores={(scores) => saveScores(a.nominationId, scores)}
                    />
                  )}
                  {recused && (
                    <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
                      {translate('council.recused')}
                    </Typography>
                  )}
                  {m.canManage && m.locked && a.tie && a.status === 'appraised' && (
                    <Button
                      size="small"
                      sx={{ mt: 1 }}
                      onClick={() => void act('/approve', 'POST', { nominationIds: [a.nominationId] })}
                    >
                      {translate('council.approve_tied')}
                    </Button>
                  )}
                </CardContent>
              </Card>
            );
          })}
      </Stack>
    </Box>
  );
}

/** The live (or locked) tally: votes and share, or the score against the most a nominee can score. */
export function resultLine(a: AgendaItem, translate: (key: string, options?: object) => string): string {
  if (a.tally)
    return translate('council.tally', {
      agree: a.tally.agree,
      disagree: a.tally.disagree,
      abstain: a.tally.abstain,
      share: percent(a.tally.share),
    });
  const s = a.score!;
  return s.score === null
    ? translate('council.no_score', { max: s.max })
    : translate('council.score', { score: s.score, max: s.max, scorers: s.scorers });
}
