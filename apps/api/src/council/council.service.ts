import { Injectable } from '@nestjs/common';
import {
  type CouncilRule,
  type Criterion,
  DEFAULT_COUNCIL_RULE,
  isRecused,
  type MemberAtMeeting,
  type Phase,
  quorum,
  quotaRemaining,
  rankResults,
  type RankedResult,
  type RankedScore,
  rankScores,
  scoreProblem,
  scoreSheet,
  type SheetCriterion,
  scoreTally,
  tally,
  type ShareCount,
  type VoteChoice,
  shortDateTime,
} from '@thidua/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import { assertVisible, type Principal, provinceScope, writeProvince } from '../auth/principal.js';
import { badRequest, conflict, forbidden, notFound } from '../common/errors.js';
import { CriteriaVersion, Nomination, now, Person, Unit } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import type { CouncilMeetingRecord } from '../documents/council-documents.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { countedQuota, quotaUsage } from '../nominations/quota-usage.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import {
  CouncilAgendaItem,
  CouncilAttendance,
  CouncilMeeting,
  CouncilMember,
  CouncilScore,
  CouncilVote,
} from './council.entities.js';
import { COUNCIL_MANAGERS, COUNCIL_READERS, forbiddenUnless, ROLE_ORDER } from './council.access.js';
import type { MeetingInput, MeetingUpdate, ScoreInput, VoteInput } from './council.input.js';

type Scoring = NonNullable<Phase['scoring']>;
/** A scored nominee's result keeps the sheet it was scored on. */
export type ScoredResult = RankedScore & { sheet: SheetCriterion[] };

export interface MeetingResults {
  quorum: ReturnType<typeof quorum>;
  room: ReturnType<typeof quotaRemaining>;
  /** How a share gave the cap behind `room` (absent in results locked before shares were counted). */
  share?: ShareCount | null;
  /** Votes (agree/disagree/abstain), or scores per criterion when the phase scores with points. */
  mode?: 'votes' | 'scores';
  items: (RankedResult | ScoredResult)[];
}

/** The rule in force, with the phase's scoring when it scores with points (kept with the locked results). */
type MeetingRule = CouncilRule & { scoring?: Scoring | null };

/**
 * The province's emulation council: its members, and meetings that vote on the appraised nominations of one
 * phase × award form, with attendance, quorum, automatic recusal, results by the plugin's rule, locked at close.
 */
@Injectable()
export class CouncilService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly criteria: CriteriaService,
    private readonly provinces: ProvincesRegistry,
    private readonly nominations: NominationsService,
    private readonly notifications: NotificationsService,
  ) {}

  // ── meetings ───────────────────────────────────────────────────────────────────────────────────────────────

  async meetings(user: Principal, province?: string) {
    const me = await this.ds.getRepository(CouncilMember).findOneBy({ userId: user.id });
    forbiddenUnless(COUNCIL_READERS.includes(user.role) || !!me);
    const slug = provinceScope(user, province);
    const rows = await this.ds
      .getRepository(CouncilMeeting)
      .find({ where: slug ? { provinceSlug: slug } : {}, order: { startsAt: 'DESC', id: 'DESC' } });
    return rows.map(({ results: _r, rule: _rule, ...m }) => ({ ...m, ...this.names(m) }));
  }

  /** Plans a meeting: its agenda is the appraised nominations of the phase × award form, its roll every active member. */
  createMeeting(user: Principal, input: MeetingInput) {
    forbiddenUnless(COUNCIL_MANAGERS.includes(user.role));
    const province = writeProvince(user, input.provinceSlug);
    const manifest = this.provinces.get(province);
    const phase = manifest.phases.find((p) => p.id === input.phaseId);
    if (!phase) throw badRequest(`phaseId: kế hoạch không có đợt "${input.phaseId}" / no such phase`, 'bad-phase');
    if (!phase.awardFormIds.includes(input.awardFormId))
      throw badRequest(
        `awardFormId: "${input.awardFormId}" không được xét trong "${phase.name}" / not awarded in this phase`,
        'bad-award-form',
      );
    return this.tx.run(async (em) => {
      const members = await em.getRepository(CouncilMember).findBy({ provinceSlug: province, active: true });
      if (members.length === 0)
        throw conflict('Hội đồng chưa có thành viên / the council has no members yet', 'no-members');
      const m = await em.getRepository(CouncilMeeting).save(
        em.getRepository(CouncilMeeting).create({
          provinceSlug: province,
          phaseId: phase.id,
          awardFormId: input.awardFormId,
          startsAt: meetingInstant(input.startsAt),
          place: input.place,
          status: 'planned',
          rule: null,
          results: null,
          createdBy: user.id,
          createdAt: now(),
          calledAt: null,
          closedAt: null,
        }),
      );
      await em
        .getRepository(CouncilAttendance)
        .insert(members.map((x) => ({ meetingId: m.id, memberId: x.id, present: false })));
      const agenda = await this.syncAgenda(em, m);
      await this.audit.record(em, user, {
        action: 'council.meeting.create',
        entity: 'council',
        entityId: m.id,
        provinceSlug: province,
        after: { ...m, agenda, members: members.map((x) => x.id) },
      });
      return m;
    });
  }

  updateMeeting(user: Principal, id: number, input: MeetingUpdate) {
    return this.change(user, id, 'council.meeting.update', async (em, m) => {
      if (input.startsAt) m.startsAt = meetingInstant(input.startsAt);
      if (input.place) m.place = input.place;
      await em.getRepository(CouncilMeeting).save(m);
      return m;
    });
  }

  setAttendance(user: Principal, id: number, memberId: number, present: boolean) {
    return this.change(user, id, 'council.attendance', async (em) => {
      const row = await em.getRepository(CouncilAttendance).findOneBy({ meetingId: id, memberId });
      if (!row) throw badRequest(`memberId: #${memberId} không có trong danh sách họp / not on this meeting's roll`);
      await em.getRepository(CouncilAttendance).update({ id: row.id }, { present });
      return { memberId, present };
    });
  }

  /** Calls the meeting: the agenda is brought up to date, votes open, and every member with an account is told. */
  callMeeting(user: Principal, id: number) {
    return this.change(user, id, 'council.meeting.call', async (em, m) => {
      if (m.status !== 'planned')
        throw conflict('Cuộc họp đã được triệu tập / the meeting has already been called', 'bad-status');
      const agenda = await this.syncAgenda(em, m);
      m.status = 'called';
      m.calledAt = now();
      await em.getRepository(CouncilMeeting).save(m);
      const names = this.names(m);
      const nominees = agenda.length
        ? await em.getRepository(Nomination).find({ where: { id: In(agenda) }, order: { nomineeSortKey: 'ASC' } })
        : [];
      const members = await this.roll(em, m.id);
      await this.notifications.notify(
        em,
        {
          kind: 'meeting-called',
          eventKey: `meeting-called|${m.id}`,
          provinceSlug: m.provinceSlug,
          title: `Triệu tập họp Hội đồng Thi đua – Khen thưởng: ${names.awardFormName}`,
          body: [
            `Thời gian: ${dateTime(m.startsAt)}. Địa điểm: ${m.place}.`,
            `Xét "${names.awardFormName}" – ${names.phaseName}. Chương trình (${nominees.length} đề nghị):`,
            ...nominees.map((n, i) => `${i + 1}. ${n.nomineeName}`),
          ].join('\n'),
          link: `/council/meetings/${m.id}`,
        },
        members.flatMap((x) => (x.userId ? [x.userId] : [])),
      );
      return { ...m, agenda };
    });
  }

  /**
   * A member's vote, or one recorded from a paper ballot by a manager or the council's secretary (the row and the
   * audit keep who entered it). Refused when closed, recused, absent (for another), or at a scored meeting.
   */
  async vote(user: Principal, id: number, input: VoteInput) {
    return this.tx.run(async (em) => {
      const { m, memberId, n } = await this.ballot(em, user, id, input.nominationId, input.memberId);
      if (this.scoring(m))
        throw conflict(
          'Đợt này chấm điểm theo tiêu chí, không biểu quyết / this phase is scored per criterion, not voted',
          'scored-meeting',
        );
      const repo = em.getRepository(CouncilVote);
      const before = await repo.findOneBy({ meetingId: id, nominationId: n.id, memberId });
      await repo.delete({ meetingId: id, nominationId: n.id, memberId });
      const vote = {
        meetingId: id,
        nominationId: n.id,
        memberId,
        choice: input.choice,
        recordedBy: user.id,
        at: now(),
      };
      await repo.insert(vote);
      await this.audit.record(em, user, {
        action: 'council.vote',
        entity: 'council',
        entityId: id,
        provinceSlug: m.provinceSlug,
        before,
        after: vote,
      });
      return vote;
    });
  }

  /**
   * A member's scores for one nomination's criteria (0 to each criterion's points), from their own account or
   * entered from a paper sheet by a manager or the secretary. Only at meetings of phases that score with points.
   */
  async score(user: Principal, id: number, input: ScoreInput) {
    return this.tx.run(async (em) => {
      const { m, memberId, n } = await this.ballot(em, user, id, input.nominationId, input.memberId);
      if (!this.scoring(m))
        throw conflict('Đợt này biểu quyết, không chấm điểm / this phase is voted on, not scored', 'not-scored');
      const sheet = await this.sheet(em, n);
      for (const x of input.scores) {
        const problem = scoreProblem(sheet, x.criterionId, x.points);
        if (problem) {
          const max = sheet.find((c) => c.id === x.criterionId)?.points;
          throw badRequest(
            problem === 'not-on-sheet'
              ? `criterionId: "${x.criterionId}" không có trong phiếu chấm của đề nghị này / not on this nomination's score sheet`
              : `points: điểm "${x.criterionId}" từ 0 đến ${max}, bước 0,25 / from 0 to ${max} in steps of 0.25`,
            'bad-score',
          );
        }
      }
      const repo = em.getRepository(CouncilScore);
      const ids = input.scores.map((x) => x.criterionId);
      const before = await repo.findBy({ meetingId: id, nominationId: n.id, memberId, criterionId: In(ids) });
      await repo.delete({ meetingId: id, nominationId: n.id, memberId, criterionId: In(ids) });
      const at = now();
      const rows = input.scores.map((x) => ({
        meetingId: id,
        nominationId: n.id,
        memberId,
        criterionId: x.criterionId,
        points: x.points,
        recordedBy: user.id,
        at,
      }));
      await repo.insert(rows);
      await this.audit.record(em, user, {
        action: 'council.score',
        entity: 'council',
        entityId: id,
        provinceSlug: m.provinceSlug,
        before,
        after: rows,
      });
      return rows;
    });
  }

  /** The checks every ballot passes: meeting open, a member on the roll (self, or for another by an entitled user). */
  private async ballot(em: EntityManager, user: Principal, id: number, nominationId: number, forMember?: number) {
    const m = await this.meeting(user, id, em);
    if (m.status === 'closed')
      throw conflict(
        'Cuộc họp đã kết thúc, kết quả đã khóa / the meeting is closed, results are locked',
        'meeting-closed',
      );
    if (m.status !== 'called')
      throw conflict('Cuộc họp chưa được triệu tập / the meeting has not been called yet', 'meeting-not-open');
    const own = await em.getRepository(CouncilMember).findOneBy({ userId: user.id, provinceSlug: m.provinceSlug });
    const memberId = forMember ?? own?.id;
    if (!memberId) throw forbidden('Bạn không phải thành viên Hội đồng / you are not a council member');
    const forOther = memberId !== own?.id;
    if (forOther) forbiddenUnless(canEnterBallots(user, own));
    const att = await em.getRepository(CouncilAttendance).findOneBy({ meetingId: id, memberId });
    if (!att) throw badRequest(`memberId: #${memberId} không có trong danh sách họp / not on this meeting's roll`);
    const onAgenda = await em.getRepository(CouncilAgendaItem).findOneBy({ meetingId: id, nominationId });
    if (!onAgenda)
      throw badRequest(
        `nominationId: đề nghị #${nominationId} không có trong chương trình họp / not on the agenda`,
        'not-on-agenda',
      );
    const member = await em.getRepository(CouncilMember).findOneByOrFail({ id: memberId });
    const n = await em.getRepository(Nomination).findOneByOrFail({ id: nominationId });
    if (isRecused(member.unitId, { ...n, nomineePersonUnitId: await personUnit(em, n) }))
      throw conflict(
        `${member.fullName} không bỏ phiếu cho đề nghị của đơn vị mình / a member does not vote on their own unit's nomination`,
        'recused',
      );
    if (!att.present) {
      // A member voting from their own account is in the meeting; a ballot recorded for an absent member is not.
      if (forOther)
        throw conflict(`${member.fullName} vắng mặt; hãy điểm danh trước / mark the member present first`, 'absent');
      await em.getRepository(CouncilAttendance).update({ id: att.id }, { present: true });
    }
    return { m, memberId, n };
  }

  /** Closes the meeting: results are computed once by the rule in force and locked with it. */
  closeMeeting(user: Principal, id: number) {
    return this.change(user, id, 'council.meeting.close', async (em, m) => {
      if (m.status !== 'called')
        throw conflict('Chỉ kết thúc được cuộc họp đã triệu tập / only a called meeting can be closed', 'bad-status');
      const rule: MeetingRule = { ...this.rule(m.provinceSlug), scoring: this.scoring(m) };
      m.results = await this.compute(em, m, rule);
      m.rule = rule;
      m.status = 'closed';
      m.closedAt = now();
      await em.getRepository(CouncilMeeting).save(m);
      return m;
    });
  }

  /**
   * The appraiser approves from the ranked result in one step: the selected nominations (or those listed, which
   * must have passed), each through the nomination workflow's own approval, all in one transaction.
   */
  approve(user: Principal, id: number, nominationIds?: number[]) {
    forbiddenUnless(COUNCIL_MANAGERS.includes(user.role));
    return this.tx.run(async (em) => {
      const m = await this.meeting(user, id, em);
      if (m.status !== 'closed')
        throw conflict('Chỉ duyệt theo kết quả sau khi kết thúc cuộc họp / close the meeting first', 'meeting-open');
      const results = m.results as MeetingResults;
      if (!results.quorum.met)
        throw conflict('Cuộc họp không đủ số thành viên dự, không có kết quả / no quorum, no result', 'no-quorum');
      const ids = nominationIds ?? results.items.filter((r) => r.selected).map((r) => r.nominationId);
      if (ids.length === 0) throw badRequest('Không có đề nghị nào để duyệt / nothing to approve', 'nothing-selected');
      for (const nid of ids) {
        const r = results.items.find((x) => x.nominationId === nid);
        // Ranked = passed (the vote's share, or the score's pass mark and top N) at a quorate meeting.
        if (!r || r.rank === null)
          throw conflict(
            `Đề nghị #${nid} không đạt tại cuộc họp Hội đồng / #${nid} did not pass at the council meeting`,
            'not-passed',
          );
      }
      const approved = [];
      for (const nid of ids) approved.push(await this.nominations.transition(user, nid, 'approve'));
      await this.audit.record(em, user, {
        action: 'council.approve',
        entity: 'council',
        entityId: id,
        provinceSlug: m.provinceSlug,
        after: { nominationIds: ids },
      });
      return approved;
    });
  }

  /** The meeting as the console and the minutes show it: roll, quorum, agenda with the live (or locked) tally. */
  async details(user: Principal, id: number, em: EntityManager = this.ds.manager) {
    const m = await this.meeting(user, id, em);
    const [roll, agendaIds] = await Promise.all([this.roll(em, id), this.agendaIds(em, id)]);
    const noms = agendaIds.length ? await em.getRepository(Nomination).findBy({ id: In(agendaIds) }) : [];
    const units = await unitNames(
      em,
      noms.map((n) => n.nominatingUnitId),
    );
    const votes = await em.getRepository(CouncilVote).findBy({ meetingId: id });
    const scores = await em.getRepository(CouncilScore).findBy({ meetingId: id });
    const rule = (m.rule as MeetingRule | null) ?? { ...this.rule(m.provinceSlug), scoring: this.scoring(m) };
    const results = (m.results as MeetingResults | null) ?? (await this.compute(em, m, rule));
    const me = roll.find((x) => x.userId === user.id) ?? null;
    const criteria = rule.scoring ? await this.criteriaNames(m.provinceSlug, em) : new Map<string, string>();
    const agenda = noms
      .sort((a, b) => a.nomineeSortKey.localeCompare(b.nomineeSortKey))
      .map((n) => {
        const r = results.items.find((x) => x.nominationId === n.id)!;
        return {
          ...r,
          ...('sheet' in r ? { sheet: r.sheet.map((c) => ({ ...c, text: criteria.get(c.id) ?? c.id })) } : {}),
          nomineeName: n.nomineeName,
          status: n.status,
          nominatingUnitName: units.get(n.nominatingUnitId) ?? '',
          votes: votes
            .filter((v) => v.nominationId === n.id)
            .map((v) => ({ memberId: v.memberId, choice: v.choice, recordedBy: v.recordedBy })),
          scores: scores
            .filter((v) => v.nominationId === n.id)
            .map((v) => ({
              memberId: v.memberId,
              criterionId: v.criterionId,
              points: v.points,
              recordedBy: v.recordedBy,
            })),
        };
      });
    const own = me ? await em.getRepository(CouncilMember).findOneBy({ id: me.memberId }) : null;
    return {
      ...m,
      ...this.names(m),
      rule,
      mode: rule.scoring ? ('scores' as const) : ('votes' as const),
      locked: m.status === 'closed',
      quorum: results.quorum,
      room: results.room,
      share: results.share ?? null,
      members: roll,
      agenda,
      me: me ? { memberId: me.memberId, role: me.role } : null,
      canManage: COUNCIL_MANAGERS.includes(user.role),
      /** May enter paper ballots for other members: a manager, or the council's secretary. */
      canEnterBallots: canEnterBallots(user, own),
    };
  }

  /** The meeting as its minutes and the submission to the chairman tell it: ranked first, then by name. */
  async record(user: Principal, id: number): Promise<{ provinceSlug: string; record: CouncilMeetingRecord }> {
    const d = await this.details(user, id);
    const noms = await this.ds.getRepository(Nomination).findBy({ id: In(d.agenda.map((a) => a.nominationId)) });
    const named = (role: string) => d.members.find((x) => x.role === role && x.present)?.fullName ?? null;
    const items = [...d.agenda].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
    return {
      provinceSlug: d.provinceSlug,
      record: {
        phaseId: d.phaseId,
        awardFormId: d.awardFormId,
        startsAt: d.startsAt,
        closedAt: d.closedAt,
        place: d.place,
        chair: named('chairman') ?? named('vice-chairman'),
        secretary: named('secretary'),
        members: d.quorum.members,
        present: d.quorum.present,
        required: d.quorum.required,
        quorumMet: d.quorum.met,
        mode: d.mode,
        ...(d.rule.scoring
          ? {
              scoring: {
                passMark: d.rule.scoring.passMark,
                rankTop: d.rule.scoring.rankTop,
                aggregate: d.rule.scoreAggregate ?? 'mean',
              },
            }
          : {}),
        items: items.map((a) => ({
          nomination: noms.find((n) => n.id === a.nominationId)!,
          ...('tally' in a
            ? a.tally
            : {
                agree: 0,
                disagree: 0,
                abstain: 0,
                base: a.score.scorers,
                share: 0,
                passed: a.score.passed,
                score: a.score.score,
                max: a.score.max,
                scorers: a.score.scorers,
              }),
          rank: a.rank,
          selected: a.selected,
          tie: a.tie,
        })),
      },
    };
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private rule(province: string): CouncilRule {
    return this.provinces.get(province).workflow.council ?? DEFAULT_COUNCIL_RULE;
  }

  /** The phase's points scoring, or null when the council votes: locked with the results once closed. */
  private scoring(m: CouncilMeeting): Scoring | null {
    if (m.rule) return (m.rule as MeetingRule).scoring ?? null;
    return this.provinces.get(m.provinceSlug).phases.find((p) => p.id === m.phaseId)?.scoring ?? null;
  }

  /** A nomination's score sheet: the criteria it is judged by (its version, else the one in force) with points. */
  private async sheet(em: EntityManager, n: Nomination): Promise<SheetCriterion[]> {
    const version = n.criteriaVersion
      ? await this.criteria.version(n.provinceSlug, n.criteriaVersion, em)
      : await this.criteria.inForce(n.provinceSlug, undefined, em);
    return scoreSheet(version.criteria as Criterion[], n.tier, n.recipient);
  }

  private async criteriaNames(province: string, em: EntityManager): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    // Oldest first: a criterion's current words win; retired ones keep their last.
    const versions = await em
      .getRepository(CriteriaVersion)
      .find({ where: { provinceSlug: province }, order: { version: 'ASC' } });
    for (const v of versions) for (const c of v.criteria as Criterion[]) names.set(c.id, c.text);
    return names;
  }

  private async meeting(user: Principal, id: number, em: EntityManager): Promise<CouncilMeeting> {
    const m = await em.getRepository(CouncilMeeting).findOneBy({ id });
    assertVisible(user, m, 'cuộc họp Hội đồng');
    const member = await em.getRepository(CouncilMember).findOneBy({ userId: user.id, provinceSlug: m.provinceSlug });
    if (!COUNCIL_READERS.includes(user.role) && !member) throw notFound('Không tìm thấy cuộc họp / meeting not found');
    return m;
  }

  /** A manager's change to a meeting that is not closed, audited with the state before and after. */
  private change<T>(
    user: Principal,
    id: number,
    action: string,
    work: (em: EntityManager, m: CouncilMeeting) => Promise<T>,
  ) {
    forbiddenUnless(COUNCIL_MANAGERS.includes(user.role));
    return this.tx.run(async (em) => {
      const m = await this.meeting(user, id, em);
      if (m.status === 'closed')
        throw conflict(
          'Cuộc họp đã kết thúc, kết quả đã khóa / the meeting is closed, results are locked',
          'meeting-closed',
        );
      const before = { ...m };
      const after = await work(em, m);
      await this.audit.record(em, user, {
        action,
        entity: 'council',
        entityId: id,
        provinceSlug: m.provinceSlug,
        before,
        after,
      });
      return after;
    });
  }

  /** Adds the appraised nominations not yet on the agenda (a meeting not yet called follows the workflow). */
  private async syncAgenda(em: EntityManager, m: CouncilMeeting): Promise<number[]> {
    const ready = await em.getRepository(Nomination).findBy({
      provinceSlug: m.provinceSlug,
      phaseId: m.phaseId,
      awardFormId: m.awardFormId,
      status: 'appraised',
    });
    const have = await this.agendaIds(em, m.id);
    const add = ready.filter((n) => !have.includes(n.id));
    if (add.length)
      await em.getRepository(CouncilAgendaItem).insert(add.map((n) => ({ meetingId: m.id, nominationId: n.id })));
    return [...have, ...add.map((n) => n.id)];
  }

  private async agendaIds(em: EntityManager, meetingId: number): Promise<number[]> {
    return (await em.getRepository(CouncilAgendaItem).find({ where: { meetingId }, order: { id: 'ASC' } })).map(
      (a) => a.nominationId,
    );
  }

  private async roll(em: EntityManager, meetingId: number) {
    const att = await em.getRepository(CouncilAttendance).findBy({ meetingId });
    const members = att.length
      ? await em.getRepository(CouncilMember).findBy({ id: In(att.map((a) => a.memberId)) })
      : [];
    return members
      .map((x) => ({
        memberId: x.id,
        fullName: x.fullName,
        role: x.role,
        position: x.position,
        unitId: x.unitId,
        userId: x.userId,
        present: att.find((a) => a.memberId === x.id)!.present,
      }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.memberId - b.memberId);
  }

  private async compute(em: EntityManager, m: CouncilMeeting, rule: MeetingRule): Promise<MeetingResults> {
    const roll = await this.roll(em, m.id);
    const members: MemberAtMeeting[] = roll.map((x) => ({
      memberId: x.memberId,
      present: x.present,
      unitId: x.unitId,
    }));
    const ids = await this.agendaIds(em, m.id);
    const noms = ids.length ? await em.getRepository(Nomination).findBy({ id: In(ids) }) : [];
    const q = quorum(members.length, members.filter((x) => x.present).length, rule);
    // The cap the approval enforces (a share counted into places), so the ranking selects no more than it admits.
    const { quota, share } = await countedQuota(em, this.provinces.get(m.provinceSlug), m);
    const room = quotaRemaining(quota, await quotaUsage(em, { ...m, id: -1, nominatingUnitId: -1 }));
    if (rule.scoring) {
      const scores = await em.getRepository(CouncilScore).findBy({ meetingId: m.id });
      const candidates = [];
      const sheets = new Map<number, SheetCriterion[]>();
      for (const n of noms) {
        const sheet = await this.sheet(em, n);
        sheets.set(n.id, sheet);
        const byMember = new Map<number, Map<string, number>>();
        for (const s of scores.filter((x) => x.nominationId === n.id)) {
          if (!byMember.has(s.memberId)) byMember.set(s.memberId, new Map());
          byMember.get(s.memberId)!.set(s.criterionId, s.points);
        }
        const units = { ...n, nomineePersonUnitId: await personUnit(em, n) };
        candidates.push({
          nominationId: n.id,
          recipient: n.recipient,
          score: scoreTally(members, byMember, sheet, units, rule.scoring, rule.scoreAggregate),
        });
      }
      const items = rankScores(candidates, room, q.met, rule.scoring).map((r) => ({
        ...r,
        sheet: sheets.get(r.nominationId)!,
      }));
      return { quorum: q, room, share, mode: 'scores', items };
    }
    const votes = await em.getRepository(CouncilVote).findBy({ meetingId: m.id });
    const candidates = [];
    for (const n of noms) {
      const mine = new Map(
        votes.filter((v) => v.nominationId === n.id).map((v) => [v.memberId, v.choice as VoteChoice]),
      );
      const units = { ...n, nomineePersonUnitId: await personUnit(em, n) };
      candidates.push({ nominationId: n.id, recipient: n.recipient, tally: tally(members, mine, units, rule) });
    }
    return { quorum: q, room, share, mode: 'votes', items: rankResults(candidates, room, q.met) };
  }

  private names(m: Pick<CouncilMeeting, 'provinceSlug' | 'phaseId' | 'awardFormId'>) {
    const manifest = this.provinces.get(m.provinceSlug);
    return {
      phaseName: manifest.phases.find((p) => p.id === m.phaseId)?.name ?? m.phaseId,
      awardFormName: manifest.awardForms.find((f) => f.id === m.awardFormId)?.name ?? m.awardFormId,
    };
  }
}

async function personUnit(em: EntityManager, n: Nomination): Promise<number | null> {
  if (!n.nomineePersonId) return null;
  return (await em.getRepository(Person).findOneBy({ id: n.nomineePersonId }))?.unitId ?? null;
}

async function unitNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const rows = ids.length ? await em.getRepository(Unit).findBy({ id: In([...new Set(ids)]) }) : [];
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** 20/08/2024 08:00 (Vietnam time, UTC+7, as meetings are announced). */
export const dateTime = shortDateTime;

/** Paper ballots for other members: entered by a manager, or by the council's (active) secretary. */
function canEnterBallots(user: Principal, own: CouncilMember | null): boolean {
  return COUNCIL_MANAGERS.includes(user.role) || (own?.role === 'secretary' && own.active);
}

/** A meeting time as entered; without an offset it is Vietnam time (UTC+7). */
export function meetingInstant(input: string): string {
  return new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(input) ? input : `${input}+07:00`).toISOString();
}
