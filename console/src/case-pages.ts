/** The case pages the console has, by case type; other case types show on their dispute's page. */
const CASE_PAGES: Record<string, (id: string) => string> = {
  PoliceIncident: (id) => `/police-incidents/${encodeURIComponent(id)}`,
  MediationCase: (id) => `/mediation-cases/${encodeURIComponent(id)}`,
  CourtReferral: (id) => `/court-referrals/${encodeURIComponent(id)}`,
  JudicialConfirmation: (id) => `/judicial-confirmations/${encodeURIComponent(id)}`,
  CourtFiling: (id) => `/court-filings/${encodeURIComponent(id)}`,
  Petition: (id) => `/petitions/${encodeURIComponent(id)}`,
  ArbitrationCase: (id) => `/arbitration-cases/${encodeURIComponent(id)}`,
  NotarisationApplication: (id) => `/notarisations/${encodeURIComponent(id)}`,
};

export function casePagePath(caseType: string, id: string): string | null {
  return CASE_PAGES[caseType]?.(id) ?? null;
}
