import { Button, Space } from "antd";
import { useEffect, useState } from "react";

/**
 * Pages of a hub connection (keyset cursors only go forward): the cursors of the pages before
 * this one are kept, so "上一页" goes back by asking again with the one before. Any change of
 * `resetKey` (a filter, the sort) starts again at the first page.
 */
export function useCursorPages(resetKey: string) {
  const [cursors, setCursors] = useState<string[]>([]);
  useEffect(() => setCursors([]), [resetKey]);
  return {
    /** The `after` of the page shown (null for the first). */
    after: cursors.at(-1) ?? null,
    /** 1 for the first page. */
    number: cursors.length + 1,
    previous: () => setCursors((shown) => shown.slice(0, -1)),
    next: (endCursor: string) => setCursors((shown) => [...shown, endCursor]),
  };
}

interface PagerProps {
  pages: ReturnType<typeof useCursorPages>;
  page: { totalCount?: number | null; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined;
  /** What the list counts, e.g. 件. */
  unit?: string;
}

/** 上一页 · 第 N 页，共 X 件 · 下一页 under a connection's table. */
export function CursorPager({ pages, page, unit = "件" }: PagerProps) {
  const endCursor = page?.pageInfo.endCursor;
  return (
    <Space style={{ marginTop: 16 }}>
      <Button disabled={pages.number === 1} onClick={pages.previous}>
        上一页
      </Button>
      <span data-testid="page-status">
        第 {pages.number} 页{page?.totalCount != null ? `，共 ${page.totalCount} ${unit}` : ""}
      </span>
      <Button disabled={!page?.pageInfo.hasNextPage || !endCursor} onClick={() => endCursor && pages.next(endCursor)}>
        下一页
      </Button>
    </Space>
  );
}
