/**
 * Page sizes of every list the hub serves: at most MAX_PAGE_SIZE items, DEFAULT_PAGE_SIZE when
 * the caller does not say. The gateway's cost estimate reads them too, so it costs a query as
 * the subgraphs will run it.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
