import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import {
  ApproveInput,
  AttendanceInput,
  MeetingInput,
  MeetingUpdate,
  MemberInput,
  MemberUpdate,
  VoteInput,
} from './council.input.js';
import { CouncilService } from './council.service.js';

const ProvinceQuery = z.object({ provinceSlug: z.string().optional() });

/** The emulation council: members, and meetings from agenda to locked result. */
@ApiTags('council')
@ApiBearerAuth()
@Controller('council')
export class CouncilController {
  constructor(private readonly council: CouncilService) {}

  @Get('members')
  members(@CurrentUser() user: Principal, @Query({ schema: ProvinceQuery }) q: z.infer<typeof ProvinceQuery>) {
    return this.council.members(user, q.provinceSlug);
  }

  @Post('members')
  createMember(@CurrentUser() user: Principal, @Body({ schema: MemberInput }) body: MemberInput) {
    return this.council.createMember(user, body);
  }

  @Put('members/:id')
  updateMember(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: MemberUpdate }) body: MemberUpdate,
  ) {
    return this.council.updateMember(user, id, body);
  }

  @Get('meetings')
  meetings(@CurrentUser() user: Principal, @Query({ schema: ProvinceQuery }) q: z.infer<typeof ProvinceQuery>) {
    return this.council.meetings(user, q.provinceSlug);
  }

  @Post('meetings')
  createMeeting(@CurrentUser() user: Principal, @Body({ schema: MeetingInput }) body: MeetingInput) {
    return this.council.createMeeting(user, body);
  }

  @Get('meetings/:id')
  meeting(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.council.details(user, id);
  }

  @Put('meetings/:id')
  updateMeeting(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: MeetingUpdate }) body: MeetingUpdate,
  ) {
    return this.council.updateMeeting(user, id, body);
  }

  @Put('meetings/:id/attendance')
  attendance(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: AttendanceInput }) body: z.infer<typeof AttendanceInput>,
  ) {
    return this.council.setAttendance(user, id, body.memberId, body.present);
  }

  @Post('meetings/:id/call')
  @HttpCode(200)
  call(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.council.callMeeting(user, id);
  }

  @Post('meetings/:id/votes')
  vote(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: VoteInput }) body: VoteInput,
  ) {
    return this.council.vote(user, id, body);
  }

  @Post('meetings/:id/close')
  @HttpCode(200)
  close(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.council.closeMeeting(user, id);
  }

  /** Approves the selected nominations (or those listed, e.g. after a tie) in one transaction. */
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
