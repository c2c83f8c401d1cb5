import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005820 extends Migration {

  override name = 'Migration20261126005820';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_party" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "role" text not null, "kind" text not null, "name" varchar(200) not null, "party_key" varchar(64) not null, "identifier_masked" varchar(32) not null, "identifier_encrypted" text not null, "phone_masked" varchar(32) null, "phone_encrypted" text null, "identifier_warning" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_type_case_id_index" on "case_party" ("case_type", "case_id");`);
    this.addSql(`create index "case_party_party_key_case_type_index" on "case_party" ("party_key", "case_type");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`create table "petition" ("id" uuid not null, "petition_number" varchar(32) not null, "form" text not null, "division_code" varchar(12) not null, "dispute_type" text not null, "content" text not null, "registered_at" timestamptz not null, "unified_number" varchar(32) null, "status" text not null default 'REGISTERED', "due_at" timestamptz null, "accepted_at" timestamptz null, "handling_extended" boolean not null default false, "handling_extension_reason" text null, "decline_reason" text null, "decided_at" timestamptz null, "mediation_organisation" varchar(200) null, "diverted_at" timestamptz null, "reply" text null, "replied_at" timestamptz null, "review_request_reason" text null, "review_requested_at" timestamptz null, "review_answer" text null, "reviewed_at" timestamptz null, "re_review_request_reason" text null, "re_review_requested_at" timestamptz null, "re_review_answer" text null, "re_reviewed_at" timestamptz null, "closed_at" timestamptz null, "satisfaction" text null, "satisfaction_note" text null, "callback_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "petition" add constraint "petition_petition_number_unique" unique ("petition_number");`);
    this.addSql(`create index "petition_status_due_at_index" on "petition" ("status", "due_at");`);
    this.addSql(`create index "petition_unified_number_index" on "petition" ("unified_number");`);
    this.addSql(`create index "petition_registered_at_index" on "petition" ("registered_at");`);
    this.addSql(`create index "petition_division_code_index" on "petition" ("division_code");`);
    this.addSql(`alter table "petition" add constraint "petition_form_check" check ("form" in ('VISIT', 'LETTER', 'ONLINE', 'HOTLINE_12345'));`);
    this.addSql(`alter table "petition" add constraint "petition_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION_DEMOLITION', 'ENVIRONMENTAL_POLLUTION', 'LABOUR', 'CONSUMER', 'MEDICAL', 'ROAD_TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'MIGRANT_WORKER_WAGES', 'TOURISM', 'E_COMMERCE', 'OTHER'));`);
    this.addSql(`alter table "petition" add constraint "petition_status_check" check ("status" in ('REGISTERED', 'ACCEPTED', 'NOT_ACCEPTED', 'DIVERTED', 'REPLIED', 'REVIEW_REQUESTED', 'REVIEWED', 'REREVIEW_REQUESTED', 'REREVIEWED', 'CLOSED'));`);
    this.addSql(`alter table "petition" add constraint "petition_satisfaction_check" check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'));`);

    this.addSql(`create table "petition_number_counter" ("year" int not null, "last_serial" int not null, primary key ("year"));`);

    this.addSql(`create table "status_change" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "status_change_case_type_case_id_index" on "status_change" ("case_type", "case_id");`);
  }

}
