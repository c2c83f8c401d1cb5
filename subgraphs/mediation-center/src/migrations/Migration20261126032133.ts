import { Migration } from '@mikro-orm/migrations';

export class Migration20261126032133 extends Migration {

  override name = 'Migration20261126032133';

  override up(): void | Promise<void> {
    this.addSql(`create table "case_event" ("id" uuid not null, "channel" varchar(32) not null, "case_type" varchar(64) not null, "case_id" varchar(64) not null, "action" varchar(64) not null, "from_status" varchar(64) null, "to_status" varchar(64) not null, "actor" varchar(200) not null, "at" timestamptz not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "case_event_case_idx" on "case_event" ("case_id", "at");`);

    this.addSql(`create table "indexed_case" ("case_id" uuid not null, "case_type" varchar(64) not null, "channel" varchar(32) not null, "unified_number" varchar(32) null, "reference" varchar(200) null, "agency" varchar(200) not null, "title" varchar(300) not null, "dispute_type" varchar(32) null, "division_code" varchar(12) collate "C" not null, "status" varchar(64) not null, "opened_at" timestamptz not null, "due_at" timestamptz null, "amount" numeric(14,2) null, "party_keys" text[] not null, "parties" jsonb not null, "name_grams" text[] not null, "source_version" int not null, "synced_at" timestamptz not null, primary key ("case_id"));`);
    this.addSql(`create index "indexed_case_opened_idx" on "indexed_case" ("opened_at", "case_id");`);
    this.addSql(`create index "indexed_case_type_division_opened_idx" on "indexed_case" ("dispute_type", "division_code", "opened_at");`);
    this.addSql(`create index "indexed_case_division_opened_idx" on "indexed_case" ("division_code", "opened_at");`);
    this.addSql(`create index "indexed_case_unified_number_idx" on "indexed_case" ("unified_number");`);
    this.addSql(`create index "indexed_case_due_idx" on "indexed_case" ("due_at", "case_id") where "due_at" is not null;`);
    this.addSql(`create index "indexed_case_party_keys_idx" on "indexed_case" using gin ("party_keys");`);
    this.addSql(`create index "indexed_case_name_grams_idx" on "indexed_case" using gin ("name_grams");`);

    this.addSql(`create table "indexed_handoff" ("id" uuid not null, "kind" varchar(64) not null, "from_channel" varchar(64) not null, "from_case_type" varchar(64) not null, "from_case_id" varchar(64) not null, "to_channel" varchar(64) not null, "to_case_type" varchar(64) null, "to_case_id" varchar(64) null, "unified_number" varchar(32) null, "status" varchar(32) not null, "offered_at" timestamptz not null, "due_at" timestamptz not null, "source_version" int not null, "synced_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "indexed_handoff_unified_number_idx" on "indexed_handoff" ("unified_number");`);
    this.addSql(`create index "indexed_handoff_from_case_idx" on "indexed_handoff" ("from_case_id");`);
    this.addSql(`create index "indexed_handoff_to_case_idx" on "indexed_handoff" ("to_case_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "case_event" cascade;`);
    this.addSql(`drop table if exists "indexed_case" cascade;`);
    this.addSql(`drop table if exists "indexed_handoff" cascade;`);
  }

}
