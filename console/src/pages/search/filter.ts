/**
 * The search filter as it lives in the URL (shareable, and the back button walks through
 * earlier searches), and as searchCases takes it. Dates in the URL are China-time days.
 */
import type { CaseSearchFilter, CaseSortOrder, Channel, DisputeType } from "../../gql/graphql.ts";
import { chinaDayStart, dayjs, CHINA_TZ } from "../../format.ts";

export interface SearchForm {
  partyName?: string;
  idNumber?: string;
  creditCode?: string;
  division?: string;
  unifiedNumber?: string;
  disputeTypes?: DisputeType[];
  channels?: Channel[];
  caseTypes?: string[];
  statuses?: string[];
  overdueOnly?: boolean;
  /** YYYY-MM-DD, China time, inclusive. */
  openedFrom?: string;
  /** YYYY-MM-DD, China time, inclusive (the day is sent as "before the next day"). */
  openedTo?: string;
  amountMin?: string;
  amountMax?: string;
  sort?: CaseSortOrder;
  first?: number;
}

const TEXT = ["partyName", "idNumber", "creditCode", "division", "unifiedNumber", "openedFrom", "openedTo", "amountMin", "amountMax"] as const;
const LISTS = ["disputeTypes", "channels", "caseTypes", "statuses"] as const;
export const PAGE_SIZES = [10, 20, 50, 100];

export function formFromParams(params: URLSearchParams): SearchForm {
  const form: SearchForm = {};
  for (const key of TEXT) {
    const value = params.get(key)?.trim();
    if (value) form[key] = value;
  }
  for (const key of LISTS) {
    const values = params.getAll(key).flatMap((v) => v.split(",")).filter(Boolean);
    if (values.length) (form as Record<string, unknown>)[key] = values;
  }
  if (params.get("overdueOnly") === "1") form.overdueOnly = true;
  const sort = params.get("sort");
  if (sort === "NEWEST" || sort === "OLDEST" || sort === "DUE_SOONEST") form.sort = sort;
  const first = Number(params.get("first"));
  if (PAGE_SIZES.includes(first)) form.first = first;
  return form;
}

export function paramsFromForm(form: SearchForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TEXT) {
    const value = form[key]?.trim();
    if (value) params.set(key, value);
  }
  for (const key of LISTS) {
    const values = form[key];
    if (values?.length) params.set(key, values.join(","));
  }
  if (form.overdueOnly) params.set("overdueOnly", "1");
  if (form.sort && form.sort !== "NEWEST") params.set("sort", form.sort);
  if (form.first && form.first !== 20) params.set("first", String(form.first));
  return params;
}

export function filterOf(form: SearchForm): CaseSearchFilter {
  const filter: CaseSearchFilter = {};
  if (form.partyName) filter.partyName = form.partyName;
  if (form.idNumber) filter.idNumber = form.idNumber;
  if (form.creditCode) filter.creditCode = form.creditCode;
  if (form.division) filter.division = form.division;
  if (form.unifiedNumber) filter.unifiedNumber = form.unifiedNumber;
  if (form.disputeTypes?.length) filter.disputeTypes = form.disputeTypes;
  if (form.channels?.length) filter.channels = form.channels;
  if (form.caseTypes?.length) filter.caseTypes = form.caseTypes;
  if (form.statuses?.length) filter.statuses = form.statuses;
  if (form.overdueOnly) filter.overdueOnly = true;
  if (form.openedFrom) filter.openedFrom = chinaDayStart(form.openedFrom);
  if (form.openedTo) filter.openedBefore = dayjs.tz(form.openedTo, CHINA_TZ).startOf("day").add(1, "day").toISOString();
  if (form.amountMin) filter.amountMin = form.amountMin;
  if (form.amountMax) filter.amountMax = form.amountMax;
  return filter;
}

/** Which form field an error's input field (filter.openedBefore, …) belongs to. */
export const FORM_FIELD_OF: Record<string, keyof SearchForm> = { openedBefore: "openedTo", after: "partyName" };
