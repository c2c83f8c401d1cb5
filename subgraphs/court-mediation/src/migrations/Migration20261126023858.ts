import { Migration } from '@mikro-orm/migrations';

export class Migration20261126023858 extends Migration {

  override name = 'Migration20261126023858';

  override up(): void | Promise<void> {
    this.addSql(`create table "court_filing" ("id" uuid not null, "origin" text not null, "court" varchar(200) not null, "division_code" varchar(12) not null, "unified_number" varchar(32) null, "dispute_type" text not null, "amount" numeric(14,2) null, "claims" text not null, "reason" text not null, "source_reference" varchar(200) not null, "received_at" timestamptz not null, "status" text not null default 'RECEIVED', "case_number" varchar(64) null, "decided_at" timestamptz null, "refusal_reason" text null, "due_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "court_filing" add constraint "court_filing_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "court_filing_status_due_at_index" on "court_filing" ("status", "due_at");`);
    this.addSql(`create index "court_filing_unified_number_index" on "court_filing" ("unified_number");`);

    this.addSql(`alter table "handoff" drop constraint "handoff_kind_check";`);
    this.addSql(`alter table "handoff" add constraint "handoff_kind_check" check ("kind" in ('POLICE_REFERRAL', 'PETITION_DIVERSION', 'COURT_REFERRAL', 'JUDICIAL_CONFIRMATION', 'ENFORCEABLE_NOTARISATION', 'LABOUR_ARBITRATION', 'COURT_FILING', 'AWARD_CHALLENGE'));`);

    this.addSql(`alter table "court_filing" add constraint "court_filing_origin_check" check ("origin" in ('POLICE_REFERRAL', 'PETITION_DIVERSION', 'COURT_REFERRAL', 'JUDICIAL_CONFIRMATION', 'ENFORCEABLE_NOTARISATION', 'LABOUR_ARBITRATION', 'COURT_FILING', 'AWARD_CHALLENGE'));`);
    this.addSql(`alter table "court_filing" add constraint "court_filing_dispute_type_check" check ("dispute_type" in ('MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES', 'FOREST_LAND', 'LAND_ACQUISITION_DEMOLITION', 'ENVIRONMENTAL_POLLUTION', 'LABOUR', 'CONSUMER', 'MEDICAL', 'ROAD_TRAFFIC_ACCIDENT', 'PROPERTY_MANAGEMENT', 'MIGRANT_WORKER_WAGES', 'TOURISM', 'E_COMMERCE', 'OTHER'));`);
    this.addSql(`alter table "court_filing" add constraint "court_filing_status_check" check ("status" in ('RECEIVED', 'FILED', 'NOT_FILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "court_filing" cascade;`);

    this.addSql(`alter table "handoff" drop constraint "handoff_kind_check";`);
    this.addSql(`alter table "handoff" add constraint "handoff_kind_check" check ("kind" in ('POLICE_REFERRAL', 'PETITION_DIVERSION', 'COURT_REFERRAL', 'JUDICIAL_CONFIRMATION', 'ENFORCEABLE_NOTARISATION', 'LABOUR_ARBITRATION'));`);
  }

}
