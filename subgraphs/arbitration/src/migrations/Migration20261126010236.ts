import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010236 extends Migration {

  override name = 'Migration20261126010236';

  override up(): void | Promise<void> {
    this.addSql(`create table "arbitration_case" ("id" uuid not null, "kind" text not null, "commission" varchar(200) not null, "division_code" varchar(12) not null, "case_number" varchar(64) null, "dispute_type" text not null, "unified_number" varchar(32) null, "dispute_arose_at" timestamptz null, "applied_at" timestamptz not null, "status" text not null default 'APPLIED', "pre_mediation_started_at" timestamptz null, "accepted_at" timestamptz null, "award_extended" boolean not null default false, "due_at" timestamptz null, "not_accepted_reason" text null, "outcome" text null, "outcome_summary" text null, "awarded_amount" numeric(14,2) null, "closed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "arbitration_case" add constraint "arbitration_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "arbitration_case_status_due_at_index" on "arbitration_case" ("status", "due_at");`);
    this.addSql(`create index "arbitration_case_unified_number_index" on "arbitration_case" ("unified_number");`);
    this.addSql(`create index "arbitration_case_applied_at_index" on "arbitration_case" ("applied_at");`);
    this.addSql(`create index "arbitration_case_division_code_index" on "arbitration_case" ("division_code");`);
    this.addSql(`alter table "arbitration_case" add constraint "arbitration_case_kind_check" check ("kind" in ('LABOUR', 'COMMERCIAL'));`);
    this.addSql(`alter table "arbitration_case" add constraint "arbitration_case_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION_DEMOLITION', 'ENVIRONMENTAL_POLLUTION', 'LABOUR', 'CONSUMER', 'MEDICAL', 'ROAD_TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'MIGRANT_WORKER_WAGES', 'TOURISM', 'E_COMMERCE', 'OTHER'));`);
    this.addSql(`alter table "arbitration_case" add constraint "arbitration_case_status_check" check ("status" in ('APPLIED', 'PRE_MEDIATION', 'ACCEPTED', 'NOT_ACCEPTED', 'HEARING', 'CLOSED', 'WITHDRAWN'));`);
    this.addSql(`alter table "arbitration_case" add constraint "arbitration_case_outcome_check" check ("outcome" in ('MEDIATION_STATEMENT', 'AWARD', 'WITHDRAWN'));`);

    this.addSql(`create table "arbitration_claim" ("id" uuid not null, "arbitration_case_id" uuid not null, "position" int not null, "description" text not null, "amount" numeric(14,2) null, primary key ("id"));`);
    this.addSql(`create index "arbitration_claim_arbitration_case_id_index" on "arbitration_claim" ("arbitration_case_id");`);

    this.addSql(`create table "case_party" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "role" text not null, "kind" text not null, "name" varchar(200) not null, "party_key" varchar(64) not null, "identifier_masked" varchar(32) not null, "identifier_encrypted" text not null, "phone_masked" varchar(32) null, "phone_encrypted" text null, "identifier_warning" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_type_case_id_index" on "case_party" ("case_type", "case_id");`);
    this.addSql(`create index "case_party_party_key_case_type_index" on "case_party" ("party_key", "case_type");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`create table "status_change" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "status_change_case_type_case_id_index" on "status_change" ("case_type", "case_id");`);

    this.addSql(`alter table "arbitration_claim" add constraint "arbitration_claim_arbitration_case_id_foreign" foreign key ("arbitration_case_id") references "arbitration_case" ("id");`);
  }

}
