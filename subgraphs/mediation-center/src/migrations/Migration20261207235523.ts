import { Migration } from '@mikro-orm/migrations';

export class Migration20261207235523 extends Migration {

  override name = 'Migration20261207235523';

  override up(): void | Promise<void> {
    this.addSql(`create table "dispute_evaluation" ("id" uuid not null, "unified_number" varchar(32) not null, "party_id" uuid not null, "satisfaction" text not null, "comment" text null, "division_code" varchar(12) not null, "committee_id" uuid null, "evaluated_at" timestamptz not null, "callback_due_at" timestamptz null, "callback_at" timestamptz null, "callback_note" text null, "callback_by" varchar(200) null, primary key ("id"));`);
    this.addSql(`create index "dispute_evaluation_callback_idx" on "dispute_evaluation" ("callback_due_at") where "callback_at" is null and "callback_due_at" is not null;`);
    this.addSql(`alter table "dispute_evaluation" add constraint "dispute_evaluation_once" unique ("unified_number", "party_id");`);

    this.addSql(`create table "dispute_urge" ("id" uuid not null, "unified_number" varchar(32) not null, "party_id" uuid not null, "china_day" varchar(10) not null, "note" text null, "holder_channel" varchar(32) not null, "holder_agency" varchar(200) not null, "holder_case_type" varchar(64) not null, "division_code" varchar(12) not null, "urged_at" timestamptz not null, "reply_due_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "dispute_urge_holder_channel_reply_due_at_index" on "dispute_urge" ("holder_channel", "reply_due_at");`);
    this.addSql(`alter table "dispute_urge" add constraint "dispute_urge_once_a_day" unique ("unified_number", "party_id", "china_day");`);

    this.addSql(`create table "lookup_attempt" ("id" uuid not null, "address" varchar(200) not null, "unified_number" varchar(64) not null, "matched" boolean not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "lookup_attempt_address_at_index" on "lookup_attempt" ("address", "at");`);
    this.addSql(`create index "lookup_attempt_unified_number_at_index" on "lookup_attempt" ("unified_number", "at");`);

    this.addSql(`alter table "audit_log" drop constraint "audit_log_action_check";`);
    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('READ', 'CONTENT', 'UNMASK', 'LOOKUP', 'URGE', 'EVALUATE'));`);

    this.addSql(`alter table "dispute_evaluation" add constraint "dispute_evaluation_satisfaction_check" check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "dispute_evaluation" cascade;`);
    this.addSql(`drop table if exists "dispute_urge" cascade;`);
    this.addSql(`drop table if exists "lookup_attempt" cascade;`);

    this.addSql(`alter table "audit_log" drop constraint "audit_log_action_check";`);
    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('READ', 'CONTENT', 'UNMASK'));`);
  }

}
