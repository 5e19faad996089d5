import {
  Box,
  Button,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { COUNCIL_ROLES } from '@thidua/domain';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { apiJson } from '../notifications/api';
import { allowed } from '../providers/authProvider';
import { session } from '../providers/session';

export interface Member {
  id: number;
  fullName: string;
  role: string;
  position: string;
  unitId: number | null;
  userId: number | null;
  active: boolean;
}
interface UserRow {
  id: number;
  username: string;
  fullName: string;
}
interface Draft {
  fullName: string;
  role: string;
  position: string;
  userId: number | '';
  unitId: number | '';
}
const EMPTY: Draft = { fullName: '', role: 'member', position: '', userId: '', unitId: '' };

/**
 * The council's members, with the manager's edits: add, change role (chủ tịch, phó chủ tịch, ủy viên, thư ký),
 * position and linked account, remove (kept, inactive: past meetings still name them) or restore.
 */
export function MembersEditor({
  slug,
  members,
  manage,
  onChange,
}: {
  slug: string | null | undefined;
  members: Member[];
  manage: boolean;
  onChange: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<{ id: number; draft: Draft } | null>(null);
  const [units, setUnits] = useState<{ id: number; name: string }[] | null>(null);
  useEffect(() => {
    if (!manage) return;
    // A member's unit is picked by name (in Vietnamese order), not typed as a number.
    apiJson<{ id: number; name: string }[]>(
      `/units?range=${encodeURIComponent('[0,999]')}&sort=${encodeURIComponent('["name","ASC"]')}`,
    )
      .then(setUnits)
      .catch(() => setUnits(null));
    // Only those who may list accounts get the list (asked only of them); the others link members by number.
    if (!allowed(session.user(), 'list', 'users')) return;
    apiJson<UserRow[]>(`/users?range=${encodeURIComponent('[0,999]')}&sort=${encodeURIComponent('["fullName","ASC"]')}`)
      .then(setUsers)
      .catch(() => setUsers(null));
  }, [manage]);
  const fail = (e: Error) => notify(e.message, { type: 'error' });
  const userName = (id: number | null) => {
    if (!id) return '';
    const u = users?.find((x) => x.id === id);
    return u ? `${u.fullName} (${u.username})` : `#${id}`;
  };
  const save = (id: number | null, d: Partial<Draft> & { active?: boolean }) => {
    const body = {
      ...(d.fullName !== undefined ? { fullName: d.fullName } : {}),
      ...(d.role !== undefined ? { role: d.role } : {}),
      ...(d.position !== undefined ? { position: d.position } : {}),
      ...(d.userId !== undefined ? { userId: d.userId === '' ? null : d.userId } : {}),
      ...(d.unitId !== undefined ? { unitId: d.unitId === '' ? null : d.unitId } : {}),
      ...(d.active !== undefined ? { active: d.active } : {}),
    };
    const req =
      id === null
        ? apiJson('/council/members', 'POST', { provinceSlug: slug, ...body })
        : apiJson(`/council/members/${id}`, 'PUT', body);
    return req.then(onChange);
  };
  const fields = (d: Draft, set: (d: Draft) => void, prefix: string) => (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <TextField
        size="small"
        label={translate('council.full_name')}
        value={d.fullName}
        onChange={(e) => set({ ...d, fullName: e.target.value })}
        slotProps={{ htmlInput: { 'data-testid': `${prefix}-name` } }}
      />
      <TextField
        select
        size="small"
        label={translate('council.role')}
        value={d.role}
        onChange={(e) => set({ ...d, role: e.target.value })}
        sx={{ minWidth: 150 }}
        slotProps={{ htmlInput: { 'data-testid': `${prefix}-role` } }}
      >
        {COUNCIL_ROLES.map((r) => (
          <MenuItem key={r} value={r}>
            {translate(`council.roles.${r}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={translate('council.position')}
        value={d.position}
        onChange={(e) => set({ ...d, position: e.target.value })}
      />
      {units ? (
        <TextField
          select
          size="small"
          label={translate('council.unit')}
          helperText={translate('council.unit_hint')}
          value={d.unitId}
          onChange={(e) => set({ ...d, unitId: e.target.value === '' ? '' : Number(e.target.value) })}
          sx={{ minWidth: 220 }}
          slotProps={{ htmlInput: { 'data-testid': `${prefix}-unit` } }}
        >
          <MenuItem value="">{translate('council.no_unit')}</MenuItem>
          {units.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <TextField
          size="small"
          type="number"
          label={translate('council.unit')}
          helperText={translate('council.unit_hint')}
          value={d.unitId}
          onChange={(e) => set({ ...d, unitId: e.target.value === '' ? '' : Number(e.target.value) })}
        />
      )}
      {users ? (
        <TextField
          select
          size="small"
          label={translate('council.user')}
          helperText={translate('council.user_hint')}
          value={d.userId}
          onChange={(e) => set({ ...d, userId: e.target.value === '' ? '' : Number(e.target.value) })}
          sx={{ minWidth: 220 }}
          slotProps={{ htmlInput: { 'data-testid': `${prefix}-user` } }}
        >
          <MenuItem value="">{translate('council.no_user')}</MenuItem>
          {users.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.fullName} ({u.username})
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <TextField
          size="small"
          type="number"
          label={translate('council.user')}
          helperText={translate('council.user_hint')}
          value={d.userId}
          onChange={(e) => set({ ...d, userId: e.target.value === '' ? '' : Number(e.target.value) })}
        />
      )}
    </Stack>
  );
  return (
    <>
      {members.length === 0 ? (
        <Typography color="text.secondary">{translate('council.no_members')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="council-members">
            <TableHead>
              <TableRow>
                <TableCell>{translate('council.full_name')}</TableCell>
                <TableCell>{translate('council.role')}</TableCell>
                <TableCell>{translate('council.position')}</TableCell>
                <TableCell>{translate('council.linked_user')}</TableCell>
                {manage && <TableCell>{translate('council.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {members.map((m) =>
                editing?.id === m.id ? (
                  <TableRow key={m.id} data-testid={`member-${m.id}`}>
                    <TableCell colSpan={5}>
                      {fields(editing.draft, (d) => setEditing({ id: m.id, draft: d }), 'edit')}
                      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                        <Button
                          variant="contained"
                          size="small"
                          onClick={() =>
                            void save(m.id, editing.draft)
                              .then(() => setEditing(null))
                              .catch(fail)
                          }
                        >
                          {translate('council.save')}
                        </Button>
                        <Button size="small" onClick={() => setEditing(null)}>
                          {translate('council.cancel')}
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                ) : (
                  <TableRow key={m.id} sx={{ opacity: m.active ? 1 : 0.5 }} data-testid={`member-${m.id}`}>
                    <TableCell>
                      {m.fullName}
                      {!m.active && <Chip size="small" sx={{ ml: 1 }} label={translate('council.inactive')} />}
                    </TableCell>
                    <TableCell>{translate(`council.roles.${m.role}`)}</TableCell>
                    <TableCell>{m.position}</TableCell>
                    <TableCell>{userName(m.userId)}</TableCell>
                    {manage && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <Button
                          size="small"
                          onClick={() =>
                            setEditing({
                              id: m.id,
                              draft: {
                                fullName: m.fullName,
                                role: m.role,
                                position: m.position,
                                userId: m.userId ?? '',
                                unitId: m.unitId ?? '',
                              },
                            })
                          }
                        >
                          {translate('council.edit')}
                        </Button>
                        <Button
                          size="small"
                          color={m.active ? 'warning' : 'primary'}
                          onClick={() => void save(m.id, { active: !m.active }).catch(fail)}
                        >
                          {translate(m.active ? 'council.remove' : 'council.restore')}
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                ),
              )}
            </TableBody>
          </Table>
        </Box>
      )}
      {manage && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2, alignItems: { sm: 'flex-start' } }}>
          {fields(draft, setDraft, 'new')}
          <Button
            variant="contained"
            data-testid="add-member"
            onClick={() =>
              void save(null, draft)
                .then(() => setDraft(EMPTY))
                .catch(fail)
            }
          >
            {translate('council.add_member')}
          </Button>
        </Stack>
      )}
    </>
  );
}
