// Review progress as a bar: confirmed rows of all rows. Used on the document page and in the document list.
export function ProgressBar({ confirmed, total, label }: { confirmed: number; total: number; label: string }) {
  const percent = total === 0 ? 0 : Math.round((confirmed / total) * 100);
  return (
    <span className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={confirmed} aria-label={label} title={label}>
      <span className="progress-fill" style={{ inlineSize: `${percent}%` }} />
      <span className="progress-label">{label}</span>
    </span>
  );
}
