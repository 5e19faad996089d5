import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { forbidden } from '../common/errors.js';
import { NotificationsService } from './notifications.service.js';

const ListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const PreferencesInput = z.object({
  email: z.email('Địa chỉ email không hợp lệ / invalid email address').max(200).nullable().optional(),
  emailEnabled: z.boolean().optional(),
  dailyDigest: z.boolean().optional(),
});

/** The notification centre of the signed-in user, preferences, and the notifier's run (for administrators). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiOperation({ summary: 'Thông báo của người dùng' })
  @Get()
  list(@CurrentUser() user: Principal, @Query({ schema: ListQuery }) q: z.infer<typeof ListQuery>) {
    return this.notifications.list(user, q.unread === 'true', q.limit);
  }

  @ApiOperation({ summary: 'Số thông báo chưa đọc' })
  @Get('unread-count')
  unread(@CurrentUser() user: Principal) {
    return this.notifications.unreadCount(user);
  }

  @ApiOperation({ summary: 'Đánh dấu một thông báo đã đọc' })
  @Post(':id/read')
  @HttpCode(200)
  read(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.notifications.markRead(user, id);
  }

  @ApiOperation({ summary: 'Đánh dấu mọi thông báo đã đọc' })
  @Post('read-all')
  @HttpCode(200)
  readAll(@CurrentUser() user: Principal) {
    return this.notifications.markAllRead(user);
  }

  @ApiOperation({ summary: 'Tùy chọn nhận thông báo (email, bản tin hằng ngày)' })
  @Get('preferences')
  preferences(@CurrentUser() user: Principal) {
    return this.notifications.preferences(user);
  }

  @ApiOperation({ summary: 'Lưu tùy chọn nhận thông báo' })
  @Put('preferences')
  setPreferences(
    @CurrentUser() user: Principal,
    @Body({ schema: PreferencesInput }) body: z.infer<typeof PreferencesInput>,
  ) {
    return this.notifications.setPreferences(user, body);
  }

  /** Runs reminders and sends pending emails now (the scheduler does the same on every replica). */
  @ApiOperation({ summary: 'Chạy ngay lượt nhắc hạn và gửi email đang chờ' })
  @Post('run')
  @HttpCode(200)
  run(@CurrentUser() user: Principal) {
    if (!['national-admin', 'province-admin'].includes(user.role)) throw forbidden();
    return this.notifications.run();
  }

  @ApiOperation({ summary: 'Nhật ký email đã gửi' })
  @Get('sent')
  sent(@CurrentUser() user: Principal, @Query({ schema: ListQuery }) q: z.infer<typeof ListQuery>) {
    if (!['national-admin', 'province-admin'].includes(user.role)) throw forbidden();
    return this.notifications.sentMessages(q.limit);
  }
}
