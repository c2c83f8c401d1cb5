import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005322 extends Migration {

  override name = 'Migration20261126005322';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_party" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "role" text not null, "kind" text not null, "name" varchar(200) not null, "party_key" varchar(64) not null, "identifier_masked" varchar(32) not null, "identifier_encrypted" text not null, "phone_masked" varchar(32) null, "phone_encrypted" text null, "identifier_warning" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_type_case_id_index" on "case_party" ("case_type", "case_id");`);
    this.addSql(`create index "case_party_party_key_case_type_index" on "case_party" ("party_key", "case_type");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`create table "court_referral" ("id" uuid not null, "kind" text not null, "procedure" text null, "court" varchar(200) not null, "division_code" varchar(12) not null, "case_number" varchar(64) null, "judge" varchar(100) not null, "unified_number" varchar(32) null, "dispute_type" text not null, "amount" numeric(14,2) null, "summary" text not null, "status" text not null default 'REFERRED', "referred_at" timestamptz not null, "extension_days" int not null default 0, "due_at" timestamptz not null, "mediation_organisation" varchar(200) null, "result_summary" text null, "agreed_amount" numeric(14,2) null, "result_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "court_referral_status_due_at_index" on "court_referral" ("status", "due_at");`);
    this.addSql(`create index "court_referral_unified_number_index" on "court_referral" ("unified_number");`);
    this.addSql(`create index "court_referral_referred_at_index" on "court_referral" ("referred_at");`);
    this.addSql(`alter table "court_referral" add constraint "court_referral_kind_check" check ("kind" in ('DELEGATED', 'ENTRUSTED'));`);
    this.addSql(`alter table "court_referral" add constraint "court_referral_procedure_check" check ("procedure" in ('ORDINARY', 'SIMPLIFIED'));`);
    this.addSql(`alter table "court_referral" add constraint "court_referral_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION_DEMOLITION', 'ENVIRONMENTAL_POLLUTION', 'LABOUR', 'CONSUMER', 'MEDICAL', 'ROAD_TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'MIGRANT_WORKER_WAGES', 'TOURISM', 'E_COMMERCE', 'OTHER'));`);
    this.addSql(`alter table "court_referral" add constraint "court_referral_status_check" check ("status" in ('REFERRED', 'IN_MEDIATION', 'SUCCEEDED', 'FAILED', 'WITHDRAWN'));`);

    this.addSql(`create table "judicial_confirmation" ("id" uuid not null, "court" varchar(200) not null, "division_code" varchar(12) not null, "unified_number" varchar(32) null, "agreement_id" varchar(64) null, "agreement_terms" text not null, "agreement_amount" numeric(14,2) null, "agreement_effective_at" timestamptz not null, "applied_at" timestamptz not null, "status" text not null default 'APPLIED', "case_number" varchar(64) null, "accepted_at" timestamptz null, "decision_extended" boolean not null default false, "due_at" timestamptz null, "decided_at" timestamptz null, "decision_reason" text null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "judicial_confirmation" add constraint "judicial_confirmation_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "judicial_confirmation_status_due_at_index" on "judicial_confirmation" ("status", "due_at");`);
    this.addSql(`create index "judicial_confirmation_unified_number_index" on "judicial_confirmation" ("unified_number");`);
    this.addSql(`alter table "judicial_confirmation" add constraint "judicial_confirmation_status_check" check ("status" in ('APPLIED', 'ACCEPTED', 'NOT_ACCEPTED', 'CONFIRMED', 'REJECTED'));`);

    this.addSql(`create table "status_change" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "status_change_case_type_case_id_index" on "status_change" ("case_type", "case_id");`);
  }

}
