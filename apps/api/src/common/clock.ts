import { Injectable } from '@nestjs/common';
import { toIsoDate } from '@thidua/domain';

/** Today's date for deadlines; THIDUA_TODAY pins it (demo data and tests live inside the plans' years). */
@Injectable()
export class Clock {
  constructor(private readonly pinned?: string) {}

  today(): string {
    return this.pinned ?? toIsoDate(new Date());
  }
}
