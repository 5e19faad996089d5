import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import {
  ApproveInput,
  AttendanceInput,
  MeetingInput,
  MeetingUpdate,
  MemberInput,
  MemberUpdate,
  ScoreInput,
  VoteInput,
} from './council.input.js';
import { CouncilMembersService } from './council-members.service.js';
import { CouncilService } from './council.service.js';

const ProvinceQuery = z.object({ provinceSlug: z.string().optional() });

/** The emulation council: members, and meetings from agenda to locked result. */
@ApiTags('council')
@ApiBearerAuth()
@Controller('council')
export class CouncilController {
  constructor(
    private readonly council: CouncilService,
    private readonly memberList: CouncilMembersService,
  ) {}

  @ApiOperation({ summary: 'Thành viên Hội đồng Thi đua – Khen thưởng của tỉnh' })
  @Get('members')
  members(@CurrentUser() user: Principal, @Query({ schema: ProvinceQuery }) q: z.infer<typeof ProvinceQuery>) {
    return this.memberList.members(user, q.provinceSlug);
  }

  @ApiOperation({ summary: 'Thêm thành viên hội đồng' })
  @Post('members')
  createMember(@CurrentUser() user: Principal, @Body({ schema: MemberInput }) body: MemberInput) {
    return this.memberList.createMember(user, body);
  }

  @ApiOperation({ summary: 'Sửa thành viên hội đồng' })
  @Put('members/:id')
  updateMember(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: MemberUpdate }) body: MemberUpdate,
  ) {
    return this.memberList.updateMember(user, id, body);
  }

  @ApiOperation({ summary: 'Các phiên họp hội đồng của tỉnh' })
  @Get('meetings')
  meetings(@CurrentUser() user: Principal, @Query({ schema: ProvinceQuery }) q: z.infer<typeof ProvinceQuery>) {
    return this.council.meetings(user, q.provinceSlug);
  }

  @ApiOperation({ summary: 'Lập phiên họp (đợt, hình thức khen thưởng, thời gian, địa điểm)' })
  @Post('meetings')
  createMeeting(@CurrentUser() user: Principal, @Body({ schema: MeetingInput }) body: MeetingInput) {
    return this.council.createMeeting(user, body);
  }

  @ApiOperation({ summary: 'Một phiên họp: chương trình, điểm danh, phiếu, kết quả' })
  @Get('meetings/:id')
  meeting(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.council.details(user, id);
  }

  @ApiOperation({ summary: 'Sửa thời gian, địa điểm phiên họp khi chưa triệu tập' })
  @Put('meetings/:id')
  updateMeeting(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: MeetingUpdate }) body: MeetingUpdate,
  ) {
    return this.council.updateMeeting(user, id, body);
  }

  @ApiOperation({ summary: 'Điểm danh thành viên dự họp' })
  @Put('meetings/:id/attendance')
  attendance(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: AttendanceInput }) body: z.infer<typeof AttendanceInput>,
  ) {
    return this.council.setAttendance(user, id, body.memberId, body.present);
  }

  @ApiOperation({ summary: 'Triệu tập phiên họp và mở bỏ phiếu (báo cho thành viên)' })
  @Post('meetings/:id/call')
  @HttpCode(200)
  call(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.council.callMeeting(user, id);
  }

  @ApiOperation({ summary: 'Bỏ phiếu cho một đề nghị (đồng ý, không đồng ý, không biểu quyết)' })
  @Post('meetings/:id/votes')
  vote(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: VoteInput }) body: VoteInput,
  ) {
    return this.council.vote(user, id, body);
  }

  @ApiOperation({ summary: 'Chấm điểm theo tiêu chí cho một đề nghị (đợt xét theo thang điểm)' })
  @Post('meetings/:id/scores')
  score(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: ScoreInput }) body: ScoreInput,
  ) {
    return this.council.score(user, id, body);
  }

  @ApiOperation({ summary: 'Kết thúc phiên họp và khóa kết quả' })
  @Post('meetings/:id/close')
  @HttpCode(200)
  close(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.council.closeMeeting(user, id);
  }

  /** Approves the selected nominations (or those listed, e.g. after a tie) in one transaction. */
  @ApiOperation({ summary: 'Duyệt các đề nghị theo kết quả xếp hạng của hội đồng, trong chỉ tiêu' })
  @Post('meetings/:id/approve')
  @HttpCode(200)
  approve(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: ApproveInput }) body: z.infer<typeof ApproveInput>,
  ) {
    return this.council.approve(user, id, body.nominationIds);
  }
}
