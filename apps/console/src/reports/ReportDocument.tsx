import { useRecordContext, useTranslate } from 'react-admin';
import { DownloadButtons } from '../common/DownloadButtons';

/** The unit's yearly movement report, generated from the stored report (apps/api README, "Documents"). */
export function ReportDocument(_: { label: string }) {
  const translate = useTranslate();
  const report = useRecordContext<{ id: number; year: number }>();
  return report ? (
    <DownloadButtons
      path={`/reports/${report.id}/document`}
      name={`bao-cao-${report.year}-${report.id}`}
      formats={['pdf', 'docx']}
      label={translate('thidua.documents.report')}
    />
  ) : null;
}
