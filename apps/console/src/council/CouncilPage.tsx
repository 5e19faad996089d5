import { Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Link, Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { parseDmyTime } from '../common/dates';
import { useProvince } from '../common/province';
import { apiJson } from '../notifications/api';
import { session } from '../providers/session';
import { formatDateTime } from './format';
import { type Member, MembersEditor } from './MembersEditor';

interface MeetingRow {
  id: number;
  phaseName: string;
  awardFormName: string;
  startsAt: string;
  place: string;
  status: string;
}

/** Who may change the council: the province administrator and the appraising department. */
export const canManageCouncil = () => ['province-admin', 'home-affairs'].includes(session.user()?.role ?? '');

/** The council: its members, and its meetings (newest first), with forms to add either for managers. */
export function CouncilPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { slug, manifest } = useProvince();
  const [members, setMembers] = useState<Member[]>([]);
  const [meetings, setMeetings] = useState<MeetingRow[]>([]);
  const [meeting, setMeeting] = useState({ phaseId: '', awardFormId: '', startsAt: '', place: '' });
  const q = slug ? `?provinceSlug=${slug}` : '';
  // A user who is neither a council member nor among its readers (a unit clerk) is told so, not shown an error.
  const [notMember, setNotMember] = useState(false);
  const load = useCallback(() => {
    apiJson<Member[]>(`/council/members${q}`)
      .then(setMembers)
      .catch((e: Error & { status?: number }) =>
        e.status === 403 ? setNotMember(true) : notify(e.message, { type: 'error' }),
      );
    apiJson<MeetingRow[]>(`/council/meetings${q}`)
      .then(setMeetings)
      .catch(() => undefined);
  }, [q, notify]);
  useEffect(load, [load]);
  const fail = (e: Error) => notify(e.message, { type: 'error' });
  // Typed as dd/mm/yyyy hh:mm (a native picker follows the browser's language: mm/dd/yyyy in English).
  const startsAt = parseDmyTime(meeting.startsAt);
  const addMeeting = () => {
    if (!startsAt)
      return notify(`${translate('council.starts_at')}: ${translate('council.starts_at_hint')}`, { type: 'error' });
    return apiJson<{ id: number }>('/council/meetings', 'POST', { provinceSlug: slug, ...meeting, startsAt })
      .then((m) => redirect(`/council/meetings/${m.id}`))
      .catch(fail);
  };
  const phase = manifest?.phases.find((p) => p.id === meeting.phaseId);
  const manage = canManageCouncil();
  if (notMember)
    return (
      <Box sx={{ p: { xs: 1, sm: 2 } }}>
        <Title title={translate('council.title')} />
        <Card>
          <CardContent>
            <Typography data-testid="council-not-member">{translate('council.not_member')}</Typography>
          </CardContent>
        </Card>
      </Box>
    );
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('council.title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">{translate('council.members')}</Typography>
          <MembersEditor slug={slug} members={members} manage={manage} onChange={load} />
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('council.meetings')}</Typography>
          {meetings.length === 0 && <Typography color="text.secondary">{translate('council.empty')}</Typography>}
          <Stack spacing={1} sx={{ mt: 1 }} data-testid="council-meetings">
            {meetings.map((m) => (
              <Link key={m.id} to={`/council/meetings/${m.id}`} underline="none">
                <Card variant="outlined">
                  <CardContent sx={{ py: 1 }}>
                    <Typography>
                      {m.awardFormName} – {m.phaseName}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {formatDateTime(m.startsAt)} · {m.place}
                    </Typography>
                    <Chip size="small" label={translate(`council.statuses.${m.status}`)} sx={{ mt: 0.5 }} />
                  </CardContent>
                </Card>
              </Link>
            ))}
          </Stack>
          {manage && manifest && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2 }}>
              <TextField
                select
                size="small"
                label={translate('council.phase')}
                value={meeting.phaseId}
                onChange={(e) => setMeeting({ ...meeting, phaseId: e.target.value, awardFormId: '' })}
                sx={{ minWidth: 200 }}
              >
                {manifest.phases.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                size="small"
                label={translate('council.award_form')}
                value={meeting.awardFormId}
                onChange={(e) => setMeeting({ ...meeting, awardFormId: e.target.value })}
                sx={{ minWidth: 200 }}
              >
                {(phase?.awardFormIds ?? []).map((id) => (
                  <MenuItem key={id} value={id}>
                    {manifest.awardForms.find((f) => f.id === id)?.name ?? id}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                size="small"
                label={translate('council.starts_at')}
                placeholder="dd/mm/yyyy hh:mm"
                value={meeting.startsAt}
                onChange={(e) => setMeeting({ ...meeting, startsAt: e.target.value })}
                error={!!meeting.startsAt && !startsAt}
                helperText={translate('council.starts_at_hint')}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'meeting-starts-at' } }}
              />
              <TextField
                size="small"
                label={translate('council.place')}
                value={meeting.place}
                onChange={(e) => setMeeting({ ...meeting, place: e.target.value })}
              />
              <Button variant="contained" onClick={() => void addMeeting()}>
                {translate('council.new_meeting')}
              </Button>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
