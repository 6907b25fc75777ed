/** The outcome of a restore or import: how many were added, updated, unchanged, and what was skipped and why. */
import type { MergeReport } from '../../core/merge-shares';

export function ReportView({ report, verb }: { report: MergeReport; verb: string }) {
  return (
    <div class="report" role="status">
      <p class="ok">
        {verb}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged
        {report.skipped.length > 0 && `, ${report.skipped.length} skipped`}.
      </p>
      {report.skipped.length > 0 && (
        <ul>
          {report.skipped.slice(0, 50).map((s, i) => (
            <li key={i}>
              {s.title}: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
