import { useEffect, useState } from 'react';
import type { FetchJson, OutcomeRow, Outcomes } from './types';

/** How far back the comparison looks for a year with data before settling on the default. */
const LOOK_BACK = 6;

/** A province with nothing recorded for the year: no unit registered, no nomination, no award, no report. */
export function hasNoData(row: OutcomeRow): boolean {
  const c = row.counts;
  const nominations = Object.values(c.nominations).reduce((a, b) => a + b, 0);
  return c.registered + nominations + c.awards + c.reportsOnTime === 0;
}

/**
 * The newest year (from `from` back) in which some province has data, so the comparison does not open on a year of
 * zeros; `from` when none has. `null` while looking.
 */
export function useLatestYearWithData(fetchJson: FetchJson, from: number): number | null {
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      for (let y = from; y > from - LOOK_BACK; y--) {
        const o = (await fetchJson(`/comparison/outcomes?year=${y}`).catch(() => null)) as Outcomes | null;
        if (!live) return;
        if (o?.rows.some((r) => !hasNoData(r))) return setYear(y);
      }
      if (live) setYear(from);
    })();
    return () => {
      live = false;
    };
  }, [fetchJson, from]);
  return year;
}
