import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010149 extends Migration {

  override name = 'Migration20261126010149';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_party" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "role" text not null, "kind" text not null, "name" varchar(200) not null, "party_key" varchar(64) not null, "identifier_masked" varchar(32) not null, "identifier_encrypted" text not null, "phone_masked" varchar(32) null, "phone_encrypted" text null, "identifier_warning" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_type_case_id_index" on "case_party" ("case_type", "case_id");`);
    this.addSql(`create index "case_party_party_key_case_type_index" on "case_party" ("party_key", "case_type");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`create table "dispute" ("id" uuid not null, "unified_number" varchar(32) not null, "dispute_type" text not null, "division_code" varchar(12) not null, "amount" numeric(14,2) null, "description" text not null, "source" text not null, "source_reference" varchar(64) null, "registered_at" timestamptz not null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "dispute" add constraint "dispute_unified_number_unique" unique ("unified_number");`);
    this.addSql(`create index "dispute_division_code_registered_at_index" on "dispute" ("division_code", "registered_at");`);
    this.addSql(`create index "dispute_dispute_type_index" on "dispute" ("dispute_type");`);
    this.addSql(`create index "dispute_registered_at_index" on "dispute" ("registered_at");`);
    this.addSql(`alter table "dispute" add constraint "dispute_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION_DEMOLITION', 'ENVIRONMENTAL_POLLUTION', 'LABOUR', 'CONSUMER', 'MEDICAL', 'ROAD_TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'MIGRANT_WORKER_WAGES', 'TOURISM', 'E_COMMERCE', 'OTHER'));`);
    this.addSql(`alter table "dispute" add constraint "dispute_source_check" check ("source" in ('WALK_IN', 'HOTLINE_12345', 'POLICE', 'PETITION', 'COURT', 'ONLINE', 'OTHER'));`);

    this.addSql(`create table "dispute_counter" ("division_code" varchar(6) not null, "year" int not null, "last_serial" int not null, primary key ("division_code", "year"));`);

    this.addSql(`create table "mediation_committee" ("id" uuid not null, "name" varchar(200) not null, "kind" text not null, "industry" varchar(100) null, "division_code" varchar(12) not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "mediation_committee_division_code_index" on "mediation_committee" ("division_code");`);
    this.addSql(`alter table "mediation_committee" add constraint "mediation_committee_division_code_name_unique" unique ("division_code", "name");`);
    this.addSql(`alter table "mediation_committee" add constraint "mediation_committee_kind_check" check ("kind" in ('VILLAGE', 'TOWNSHIP_STREET', 'INDUSTRY'));`);

    this.addSql(`create table "mediator" ("id" uuid not null, "name" varchar(100) not null, "employment" text not null, "grade" text not null, "specialties" text[] not null, "committee_id" uuid not null, "appointed_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "mediator_committee_id_index" on "mediator" ("committee_id");`);
    this.addSql(`alter table "mediator" add constraint "mediator_employment_check" check ("employment" in ('FULL_TIME', 'PART_TIME'));`);
    this.addSql(`alter table "mediator" add constraint "mediator_grade_check" check ("grade" in ('PRINCIPAL', 'SENIOR', 'INTERMEDIATE', 'JUNIOR'));`);
    this.addSql(`alter table "mediator" add constraint "mediator_specialties_check" check ("specialties" <@ array['MARRIAGE_FAMILY'::text, 'NEIGHBOURHOOD'::text, 'HOUSING_HOMESTEAD'::text, 'CONTRACT'::text, 'PRODUCTION_BUSINESS'::text, 'DAMAGES'::text, 'FOREST_LAND'::text, 'LAND_ACQUISITION_DEMOLITION'::text, 'ENVIRONMENTAL_POLLUTION'::text, 'LABOUR'::text, 'CONSUMER'::text, 'MEDICAL'::text, 'ROAD_TRAFFIC_ACCIDENT'::text, 'PROPERTY_MANAGEMENT'::text, 'MIGRANT_WORKER_WAGES'::text, 'TOURISM'::text, 'E_COMMERCE'::text, 'OTHER'::text]);`);

    this.addSql(`create table "mediation_case" ("id" uuid not null, "dispute_id" uuid not null, "unified_number" varchar(32) not null, "committee_id" uuid null, "mediator_id" uuid null, "status" text not null default 'REGISTERED', "registered_at" timestamptz not null, "accepted_at" timestamptz null, "started_at" timestamptz null, "due_at" timestamptz null, "closed_at" timestamptz null, "closing_reason" text null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "mediation_case_unified_number_index" on "mediation_case" ("unified_number");`);
    this.addSql(`create index "mediation_case_status_due_at_index" on "mediation_case" ("status", "due_at");`);
    this.addSql(`create index "mediation_case_committee_id_index" on "mediation_case" ("committee_id");`);
    this.addSql(`create index "mediation_case_registered_at_index" on "mediation_case" ("registered_at");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_status_check" check ("status" in ('REGISTERED', 'ACCEPTED', 'MEDIATING', 'AGREEMENT_REACHED', 'FAILED', 'TERMINATED'));`);

    this.addSql(`create table "mediation_agreement" ("id" uuid not null, "case_id" uuid not null, "unified_number" varchar(32) not null, "terms" text not null, "amount" numeric(14,2) null, "has_payment_obligation" boolean not null, "signed_at" timestamptz not null, "status" text not null default 'PENDING', "performance_note" text null, "performance_recorded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "mediation_agreement" add constraint "mediation_agreement_case_id_unique" unique ("case_id");`);
    this.addSql(`create index "mediation_agreement_unified_number_index" on "mediation_agreement" ("unified_number");`);
    this.addSql(`create index "mediation_agreement_status_index" on "mediation_agreement" ("status");`);
    this.addSql(`alter table "mediation_agreement" add constraint "mediation_agreement_status_check" check ("status" in ('PENDING', 'PERFORMED', 'DEFAULTED'));`);

    this.addSql(`create table "status_change" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "status_change_case_type_case_id_index" on "status_change" ("case_type", "case_id");`);

    this.addSql(`alter table "mediator" add constraint "mediator_committee_id_foreign" foreign key ("committee_id") references "mediation_committee" ("id");`);

    this.addSql(`alter table "mediation_case" add constraint "mediation_case_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_committee_id_foreign" foreign key ("committee_id") references "mediation_committee" ("id") on delete set null;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on delete set null;`);

    this.addSql(`alter table "mediation_agreement" add constraint "mediation_agreement_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id");`);
  }

}
