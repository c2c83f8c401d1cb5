/** A unified dispute number linked to its dispute's page (纠纷档案), or "—" when a record has none. */
import { Link } from "react-router-dom";

export function DisputeLink({ unifiedNumber, children }: { unifiedNumber: string | null | undefined; children?: React.ReactNode }) {
  if (!unifiedNumber) return <>{children ?? "—"}</>;
  return <Link to={`/disputes/${encodeURIComponent(unifiedNumber)}`}>{children ?? unifiedNumber}</Link>;
}
