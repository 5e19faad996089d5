/**
 * Provincial departments renamed by the 2025 reorganisation. A workflow names the office as the plan did; documents
 * and labels dated on or after the change name its successor.
 */
export interface DepartmentChange {
  /** The names a plan may use for the department that ended. */
  names: RegExp;
  successor: string;
  /** First day the successor holds the work (YYYY-MM-DD). */
  from: string;
  source: string;
}

export const DEPARTMENT_CHANGES: readonly DepartmentChange[] = [
  {
    names: /Sở Thông tin và Truyền thông|Sở TT&TT|Sở TTTT|Sở TT-TT/g,
    successor: 'Sở Khoa học và Công nghệ',
    from: '2025-03-01',
    source:
      'Nghị định số 55/2025/NĐ-CP (Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ); các Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ từ 01/3/2025',
  },
];

/** A department's name (or a text naming it) as it reads on a date: a merged department becomes its successor. */
export function departmentOn(name: string, onDate: string): string {
  return DEPARTMENT_CHANGES.reduce((text, c) => (onDate >= c.from ? text.replace(c.names, c.successor) : text), name);
}
