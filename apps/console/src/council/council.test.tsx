import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { BallotsPage } from './BallotsPage';
import { CouncilPage } from './CouncilPage';
import { MeetingPage } from './MeetingPage';
import { type Member, MembersEditor } from './MembersEditor';
import type { AgendaItem, MeetingView } from './types';

vi.mock('react-admin', async (original) => ({
  ...(await original<typeof import('react-admin')>()),
  useParams: () => ({ id: '4' }),
}));

/** The api as fetch sees it: answers by method and path, and keeps every request with its body. */
let requests: { method: string; path: string; body: unknown }[] = [];
function serve(routes: Record<string, unknown>) {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const path = new URL(url, 'http://x').pathname.replace(/^\/api/, '');
      requests.push({ method, path, body: init.body ? JSON.parse(String(init.body)) : undefined });
      const body = routes[`${method} ${path}`] ?? {};
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
}
beforeEach(() => serve({}));
afterEach(() => vi.unstubAllGlobals());

const choose = async (label: RegExp | string, option: RegExp | string) => {
  fireEvent.mouseDown(screen.getAllByRole('combobox', { name: label })[0]!);
  fireEvent.click(await screen.findByRole('option', { name: option }));
};

describe('council members editor', () => {
  const members: Member[] = [
    { id: 1, fullName: 'Nguyễn Văn Chủ', role: 'chairman', position: '', unitId: null, userId: 11, active: true },
    {
      id: 2,
      fullName: 'Lê Thị Ủy',
      role: 'member',
      position: 'Phó Giám đốc',
      unitId: null,
      userId: null,
      active: true,
    },
  ];
  const users = [
    { id: 11, username: 'tinh.chu', fullName: 'Nguyễn Văn Chủ' },
    { id: 12, username: 'tinh.thuky', fullName: 'Lê Thị Ủy' },
  ];

  it('changes a member’s role, links an account, removes a member and adds one', async () => {
    serve({
      'GET /users': users,
      'GET /units': [
        { id: 31, name: 'Sở Nội vụ' },
        { id: 30, name: 'UBND xã Đồng Tâm' },
      ],
    });
    const onChange = vi.fn();
    renderAsRole(
      <MembersEditor slug="tinh-thu" members={members} manage onChange={onChange} />,
      'province-admin',
      fakeDataProvider({}),
    );
    const row = screen.getByTestId('member-1');
    expect(await within(row).findByText('Nguyễn Văn Chủ (tinh.chu)')).toBeInTheDocument();
    expect(within(row).getByText('Chủ tịch')).toBeInTheDocument();

    fireEvent.click(within(screen.getByTestId('member-2')).getByRole('button', { name: 'Sửa' }));
    const editing = screen.getByTestId('member-2');
    fireEvent.mouseDown(within(editing).getByRole('combobox', { name: 'Vai trò' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Thư ký' }));
    fireEvent.mouseDown(within(editing).getByRole('combobox', { name: /Tài khoản/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Lê Thị Ủy (tinh.thuky)' }));
    fireEvent.click(within(editing).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({
      path: '/council/members/2',
      body: { role: 'secretary', userId: 12, fullName: 'Lê Thị Ủy', position: 'Phó Giám đốc' },
    });

    fireEvent.click(within(screen.getByTestId('member-1')).getByRole('button', { name: 'Thôi làm thành viên' }));
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'PUT').at(-1)).toMatchObject({
        path: '/council/members/1',
        body: { active: false },
      }),
    );

    fireEvent.change(screen.getByTestId('new-name'), { target: { value: 'Trần Văn Phó' } });
    await choose('Vai trò', 'Phó Chủ tịch');
    // The unit by name, with what it is for said under the field (a long label is cut off on a phone).
    expect(screen.getByText('Không biểu quyết đề nghị của đơn vị mình')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Đơn vị' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      '— Không gắn đơn vị —',
      'Sở Nội vụ',
      'UBND xã Đồng Tâm',
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'UBND xã Đồng Tâm' }));
    fireEvent.click(screen.getByTestId('add-member'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      path: '/council/members',
      body: { provinceSlug: 'tinh-thu', fullName: 'Trần Văn Phó', role: 'vice-chairman', userId: null, unitId: 30 },
    });
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('asks for the accounts only of a manager who may list them (home affairs may not: no 403 in the background)', async () => {
    serve({ 'GET /units': [{ id: 30, name: 'UBND xã Đồng Tâm' }] });
    renderAsRole(
      <MembersEditor slug="tinh-thu" members={members} manage onChange={() => undefined} />,
      'home-affairs',
      fakeDataProvider({}),
    );
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Đơn vị' }));
    await screen.findByRole('option', { name: 'UBND xã Đồng Tâm' });
    expect(requests.map((r) => r.path)).toEqual(['/units']);
  });

  it('shows no editing to a reader', () => {
    renderAsRole(
      <MembersEditor slug="tinh-thu" members={members} manage={false} onChange={() => undefined} />,
      'viewer',
      fakeDataProvider({}),
    );
    expect(screen.queryByRole('button', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('add-member')).not.toBeInTheDocument();
  });
});

const item = (nominationId: number, extra: Partial<AgendaItem>): AgendaItem => ({
  nominationId,
  nomineeName: `UBND huyện Số 0${nominationId}`,
  nominatingUnitName: `UBND huyện Số 0${nominationId}`,
  recipient: 'collective',
  status: 'appraised',
  rank: null,
  selected: false,
  tie: false,
  votes: [],
  scores: [],
  ...extra,
});
const meeting = (mode: 'votes' | 'scores', agenda: AgendaItem[]): MeetingView => ({
  id: 4,
  status: 'called',
  mode,
  phaseName: 'Sơ kết 2024',
  awardFormName: 'Cờ thi đua',
  startsAt: '2024-08-20T01:00:00.000Z',
  place: 'Phòng họp',
  locked: false,
  quorum: { members: 3, present: 3, required: 2, met: true },
  members: [
    { memberId: 1, fullName: 'Nguyễn Văn Chủ', role: 'chairman', present: true, unitId: null },
    { memberId: 2, fullName: 'Lê Văn Ủy', role: 'member', present: true, unitId: 300 },
    { memberId: 3, fullName: 'Hoàng Thị Thư', role: 'secretary', present: true, unitId: null },
  ],
  agenda,
  me: { memberId: 3, role: 'secretary' },
  canManage: false,
  canEnterBallots: true,
});
const sheet = [
  { id: 'dti-70', points: 40, weight: 1, text: 'Đạt tỷ lệ trên 70% điểm' },
  { id: 'mo-hinh', points: 30, weight: 2, text: 'Có mô hình hay' },
];
const score = (recused: number[] = []) => ({ scorers: 0, score: null, max: 100, passed: false, recused });
const tally = (recused: number[] = []) => ({
  agree: 0,
  disagree: 0,
  abstain: 0,
  base: 3,
  share: 0,
  passed: false,
  recused,
});

describe('paper ballots entered by the secretary', () => {
  it('enters a member’s score sheet: total, a bad score blocks saving, saved for that member', async () => {
    serve({
      'GET /council/meetings/4': meeting('scores', [
        item(7, { sheet, score: score() }),
        item(8, { sheet, score: score([2]) }),
      ]),
    });
    renderAsRole(<BallotsPage />, 'viewer', fakeDataProvider({}));
    expect(await screen.findByText(/ghi là do bạn nhập thay thành viên/)).toBeInTheDocument();
    await choose('Thành viên', /Lê Văn Ủy/);
    const first = await screen.findByTestId('paper-7');
    // The member sits for nomination 8's unit: no sheet for it.
    expect(within(screen.getByTestId('paper-8')).getByText('Không biểu quyết (đơn vị mình)')).toBeInTheDocument();
    fireEvent.change(within(first).getByTestId('score-dti-70'), { target: { value: '35,5' } });
    fireEvent.change(within(first).getByTestId('score-mo-hinh'), { target: { value: '31' } });
    expect(within(first).getByTestId('save-scores')).toBeDisabled();
    fireEvent.change(within(first).getByTestId('score-mo-hinh'), { target: { value: '25' } });
    expect(within(first).getByTestId('sheet-total')).toHaveTextContent('Tổng: 85,5/100');
    fireEvent.click(within(first).getByTestId('save-scores'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/council/meetings/4/scores',
      body: {
        nominationId: 7,
        memberId: 2,
        scores: [
          { criterionId: 'dti-70', points: 35.5 },
          { criterionId: 'mo-hinh', points: 25 },
        ],
      },
    });
  });

  it('enters a member’s vote', async () => {
    serve({ 'GET /council/meetings/4': meeting('votes', [item(7, { tally: tally() })]) });
    renderAsRole(<BallotsPage />, 'viewer', fakeDataProvider({}));
    await screen.findByText(/ghi là do bạn nhập thay thành viên/);
    await choose('Thành viên', /Nguyễn Văn Chủ/);
    fireEvent.click(within(await screen.findByTestId('paper-7')).getByTestId('vote-disagree'));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')).toMatchObject({
        path: '/council/meetings/4/votes',
        body: { nominationId: 7, choice: 'disagree', memberId: 1 },
      }),
    );
  });
});

describe('the meeting page', () => {
  it('shows the places left under the quota and how a share counted them', async () => {
    serve({
      'GET /council/meetings/4': {
        ...meeting('votes', [item(7, { tally: tally() })]),
        room: { collectives: 1, individuals: 1, combined: 1 },
        share: { of: 'units', value: 0.2, base: 15, cap: 3 },
      },
    });
    renderAsRole(<MeetingPage />, 'viewer', fakeDataProvider({}));
    expect(await screen.findByTestId('room')).toHaveTextContent('Còn 1 chỗ theo số lượng khen thưởng');
    expect(screen.getByTestId('quota-share')).toHaveTextContent('20% của 15 đơn vị tham gia = 3 (làm tròn xuống)');
  });
});

describe('council page', () => {
  const manifest = {
    slug: 'tinh-thu',
    phases: [{ id: 'p1', name: 'Sơ kết năm 2024', awardFormIds: ['bk'] }],
    awardForms: [{ id: 'bk', name: 'Bằng khen của Chủ tịch UBND tỉnh' }],
  };

  it('takes the meeting time as dd/mm/yyyy hh:mm whatever the browser language, and sends the api its local time', async () => {
    serve({
      'GET /council/members': [],
      'GET /council/meetings': [],
      'GET /users': [],
      'GET /units': [],
      'POST /council/meetings': { id: 9 },
    });
    renderAsRole(
      <CouncilPage />,
      'province-admin',
      fakeDataProvider({ getOne: () => Promise.resolve({ data: { ...manifest, id: 'tinh-thu' } }) }),
    );
    const time = await screen.findByTestId('meeting-starts-at', {}, { timeout: 8000 });
    // A text field, not the browser's picker (which shows mm/dd/yyyy and AM/PM in an English Chromium).
    expect(time).toHaveAttribute('type', 'text');
    expect(time).toHaveAttribute('placeholder', 'dd/mm/yyyy hh:mm');
    await choose('Đợt', 'Sơ kết năm 2024');
    await choose('Hình thức khen thưởng', 'Bằng khen của Chủ tịch UBND tỉnh');
    fireEvent.change(screen.getByLabelText('Địa điểm'), { target: { value: 'Phòng họp số 1' } });

    fireEvent.change(time, { target: { value: '09/31/2024 08:30' } });
    expect(time).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Lập cuộc họp' }));
    await screen.findByText(/^Thời gian: dd\/mm\/yyyy hh:mm/);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);

    fireEvent.change(time, { target: { value: '05/09/2024 08:30' } });
    expect(time).toHaveAttribute('aria-invalid', 'false');
    fireEvent.click(screen.getByRole('button', { name: 'Lập cuộc họp' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
        provinceSlug: 'tinh-thu',
        phaseId: 'p1',
        awardFormId: 'bk',
        startsAt: '2024-09-05T08:30',
        place: 'Phòng họp số 1',
      }),
    );
  });

  it('tells a user outside the council (a unit clerk) that they are not a member, without an error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ statusCode: 403, code: 'forbidden', message: 'Không có quyền / forbidden' }), {
            status: 403,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    renderAsRole(
      <CouncilPage />,
      'unit-clerk',
      fakeDataProvider({ getOne: () => Promise.resolve({ data: { ...manifest, id: 'tinh-thu' } }) }),
    );
    expect(await screen.findByTestId('council-not-member', {}, { timeout: 8000 })).toHaveTextContent(
      /^Bạn chưa là thành viên Hội đồng/,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/quyền/)).toBeNull();
  });
});
