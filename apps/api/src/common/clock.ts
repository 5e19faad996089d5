import { Injectable } from '@nestjs/common';
import { vietnamDate } from '@thidua/domain';

/**
 * Today's date for deadlines, in Vietnam (where the plans' dates are days), whatever the server's time zone;
 * THIDUA_TODAY pins it (demo data and tests live inside the plans' years).
 */
@Injectable()
export class Clock {
  constructor(private readonly pinned?: string) {}

  today(): string {
    return this.pinned ?? vietnamDate(new Date());
  }
}
