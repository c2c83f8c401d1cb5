import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010135 extends Migration {

  override name = 'Migration20261126010135';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_party" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "role" text not null, "kind" text not null, "name" varchar(200) not null, "party_key" varchar(64) not null, "identifier_masked" varchar(32) not null, "identifier_encrypted" text not null, "phone_masked" varchar(32) null, "phone_encrypted" text null, "identifier_warning" text null, primary key ("id"));`);
    this.addSql(`create index "case_party_case_type_case_id_index" on "case_party" ("case_type", "case_id");`);
    this.addSql(`create index "case_party_party_key_case_type_index" on "case_party" ("party_key", "case_type");`);
    this.addSql(`alter table "case_party" add constraint "case_party_role_check" check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY'));`);
    this.addSql(`alter table "case_party" add constraint "case_party_kind_check" check ("kind" in ('PERSON', 'ORGANISATION'));`);

    this.addSql(`create table "notarisation_application" ("id" uuid not null, "notary_office" varchar(200) not null, "division_code" varchar(12) not null, "unified_number" varchar(32) null, "agreement_id" varchar(64) null, "debt_terms" text not null, "payment_amount" numeric(14,2) not null, "payment_due_at" timestamptz not null, "debtor_consent_to_enforcement" boolean not null, "applied_at" timestamptz not null, "status" text not null default 'APPLIED', "review_started_at" timestamptz null, "due_at" timestamptz null, "certificate_number" varchar(64) null, "issued_at" timestamptz null, "refusal_reason" text null, "refused_at" timestamptz null, "enforcement_certificate_number" varchar(64) null, "enforcement_certificate_issued_at" timestamptz null, "default_note" text null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "notarisation_application" add constraint "notarisation_application_certificate_number_unique" unique ("certificate_number");`);
    this.addSql(`alter table "notarisation_application" add constraint "notarisation_application_enforcement_certificate_number_unique" unique ("enforcement_certificate_number");`);
    this.addSql(`create index "notarisation_application_status_due_at_index" on "notarisation_application" ("status", "due_at");`);
    this.addSql(`create index "notarisation_application_unified_number_index" on "notarisation_application" ("unified_number");`);
    this.addSql(`create index "notarisation_application_applied_at_index" on "notarisation_application" ("applied_at");`);
    this.addSql(`create index "notarisation_application_division_code_index" on "notarisation_application" ("division_code");`);
    this.addSql(`alter table "notarisation_application" add constraint "notarisation_application_status_check" check ("status" in ('APPLIED', 'REVIEWING', 'ISSUED', 'REFUSED', 'ENFORCEMENT_CERTIFICATE_ISSUED'));`);

    this.addSql(`create table "status_change" ("id" uuid not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "status_change_case_type_case_id_index" on "status_change" ("case_type", "case_id");`);
  }

}
