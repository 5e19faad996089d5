import { issuingProvince, type ProvinceManifest, shortDate } from '@thidua/domain';
import {
  type CouncilMinutesDocument,
  legalBasesFor,
  planReference,
  type SubmissionLetterDocument,
} from '@thidua/documents';
import type { Nomination } from '../database/entities/index.js';
import {
  archiveLine,
  awardForm,
  deciderOf,
  type Directory,
  homeAffairs,
  lowerFirst,
  nomineeOf,
  officialName,
  phaseOf,
} from './document-data.js';

// The council meeting's papers: its minutes (Biên bản) and its result submitted to the chairman (Tờ trình), from
// what the meeting recorded. Pure, like document-data.ts, whose wording helpers they share.

/** What a province council meeting recorded, for its minutes and the submission to the chairman. */
export interface CouncilMeetingRecord {
  phaseId: string;
  awardFormId: string;
  startsAt: string;
  closedAt: string | null;
  place: string;
  chair: string | null;
  secretary: string | null;
  members: number;
  present: number;
  required: number;
  quorumMet: boolean;
  /** Votes, or scores per criterion (phases that score with points). */
  mode?: 'votes' | 'scores';
  /** Scored meetings: the phase's pass mark and top N, and how members' totals make a score (the plugin's rule). */
  scoring?: { passMark?: number; rankTop?: number; aggregate: 'mean' | 'trimmed-mean' | 'median' };
  items: {
    nomination: Nomination;
    /** Scored meetings: the nominee's score, the most it could score, and how many members' sheets counted. */
    score?: number | null;
    max?: number;
    scorers?: number;
    /** 1-based among those that passed; null otherwise. */
    rank?: number | null;
    agree: number;
    disagree: number;
    abstain: number;
    base: number;
    share: number;
    passed: boolean;
    selected: boolean;
    tie: boolean;
  }[];
}

/** Vietnam time (UTC+7) of an ISO instant: the date, and "08 giờ 00 phút". */
function vnTime(iso: string): { date: string; time: string } {
  const d = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return { date: d.slice(0, 10), time: `${d.slice(11, 13)} giờ ${d.slice(14, 16)} phút` };
}

const outcome = (i: CouncilMeetingRecord['items'][number], mode: 'votes' | 'scores') =>
  i.selected
    ? 'Đạt, đề nghị khen thưởng'
    : i.tie
      ? mode === 'scores'
        ? 'Đạt, bằng điểm: Hội đồng quyết định'
        : 'Đạt, bằng phiếu: Hội đồng quyết định'
      : i.passed
        ? 'Đạt, ngoài chỉ tiêu'
        : 'Không đạt';

/** How members' totals make a nominee's score, as the minutes say it. */
const AGGREGATE_TEXT = {
  mean: 'điểm bình quân của các thành viên chấm',
  'trimmed-mean': 'điểm bình quân sau khi bỏ một điểm cao nhất và một điểm thấp nhất',
  median: 'điểm trung vị của các thành viên chấm',
} as const;

/** Biên bản họp Hội đồng Thi đua – Khen thưởng tỉnh, from the meeting as it happened. */
export function provinceCouncilMinutes(
  m: ProvinceManifest,
  r: CouncilMeetingRecord,
  dir: Directory,
): CouncilMinutesDocument {
  const form = awardForm(m, r.awardFormId);
  const start = vnTime(r.startsAt);
  const issuer = issuingProvince(m, start.date);
  const council = `Hội đồng Thi đua – Khen thưởng tỉnh ${issuer.name}`;
  const proposed = r.items.filter((i) => i.selected);
  return {
    head: {
      issuer: { parent: issuer.authority, name: council },
      number: null,
      symbol: 'BB-HĐTĐKT',
      place: issuer.name,
      date: start.date,
    },
    summary: `Họp ${council}`,
    unitName: `tỉnh ${issuer.name}`,
    decider: deciderOf(m, form, start.date),
    awardForm: officialName(form.name),
    phase: `${lowerFirst(phaseOf(m, r.phaseId).name)} của Phong trào thi đua “${m.movement.name}”`,
    plan: planReference(m),
    meeting: {
      time: start.time,
      place: r.place,
      chair: r.chair,
      secretary: r.secretary,
      present: r.present,
      members: r.members,
      quorum: r.quorumMet
        ? `đủ điều kiện tiến hành (cần tối thiểu ${String(r.required).padStart(2, '0')} thành viên)`
        : `không đủ số thành viên tối thiểu (${String(r.required).padStart(2, '0')}); kết quả không có giá trị`,
      endTime: r.closedAt ? vnTime(r.closedAt).time : null,
    },
    nominees: r.items.map((i) => ({
      ...nomineeOf(i.nomination, m, dir),
      ...(r.mode === 'scores'
        ? {
            votes: null,
            score: {
              scorers: i.scorers ?? 0,
              value: i.score === null || i.score === undefined ? null : scoreText(i.score),
              max: scoreText(i.max ?? 0),
              rank: i.rank ?? null,
            },
            result: outcome(i, 'scores'),
          }
        : {
            votes: i.agree,
            share: percentText(i.share),
            against: i.disagree,
            abstain: i.abstain,
            result: outcome(i, 'votes'),
          }),
    })),
    ...(r.mode === 'scores'
      ? {
          scoring: {
            aggregate: AGGREGATE_TEXT[r.scoring?.aggregate ?? 'mean'],
            passMark: r.scoring?.passMark === undefined ? null : scoreText(r.scoring.passMark),
            rankTop: r.scoring?.rankTop ?? null,
          },
        }
      : {}),
    conclusion: r.quorumMet
      ? `Hội đồng thống nhất đề nghị ${deciderOf(m, form, start.date)} tặng ${officialName(form.name)} cho ${String(proposed.length).padStart(2, '0')} tập thể, cá nhân đạt và trong chỉ tiêu: ${proposed.map((i) => i.nomination.nomineeName).join('; ') || 'không có'}.`
      : 'Cuộc họp không đủ số thành viên theo quy định nên Hội đồng chưa có kết luận.',
  };
}

/** Tờ trình of the appraising department to the chairman: the council's result, nominees within the quota. */
export function councilSubmissionLetter(
  m: ProvinceManifest,
  r: CouncilMeetingRecord,
  dir: Directory,
  date: string,
): SubmissionLetterDocument {
  const form = awardForm(m, r.awardFormId);
  const department = homeAffairs(m, date);
  const start = vnTime(r.startsAt);
  const issuer = issuingProvince(m, date);
  return {
    head: {
      issuer: { parent: issuer.authority, name: department },
      number: null,
      symbol: 'TTr',
      place: issuer.name,
      date,
    },
    summary: `Về việc đề nghị tặng ${officialName(form.name)}`,
    to: [deciderOf(m, form, date)],
    legalBases: legalBasesFor(m, date),
    intro: `Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng tỉnh ngày ${shortDate(start.date)} (${String(r.present).padStart(2, '0')}/${String(r.members).padStart(2, '0')} thành viên có mặt; biên bản kèm theo),`,
    unitName: department,
    decider: deciderOf(m, form, date),
    awardForm: officialName(form.name),
    phase: `${lowerFirst(phaseOf(m, r.phaseId).name)} của Phong trào thi đua “${m.movement.name}”`,
    nominees: r.items.filter((i) => i.selected).map((i) => nomineeOf(i.nomination, m, dir)),
    councilResult:
      r.mode === 'scores'
        ? `Kết quả chấm điểm của Hội đồng (điểm bình quân): ${r.items
            .filter((i) => i.selected)
            .map((i) => `${i.nomination.nomineeName} ${scoreText(i.score ?? 0)}/${scoreText(i.max ?? 0)} điểm`)
            .join('; ')}.`
        : `Kết quả biểu quyết của Hội đồng (tỷ lệ đồng ý): ${r.items
            .filter((i) => i.selected)
            .map((i) => `${i.nomination.nomineeName} ${i.agree}/${i.base} phiếu (${percentText(i.share)})`)
            .join('; ')}.`,
    recipients: archiveLine(department, ['Như trên', 'Thành viên Hội đồng Thi đua – Khen thưởng tỉnh']),
    signer: { title: 'GIÁM ĐỐC', name: null },
  };
}

/** 85,5 (Vietnamese decimal comma). */
const scoreText = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
const percentText = (share: number) => `${Math.round(share * 1000) / 10}%`.replace('.', ',');
