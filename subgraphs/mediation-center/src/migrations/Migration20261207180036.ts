import { Migration } from '@mikro-orm/migrations';

export class Migration20261207180036 extends Migration {

  override name = 'Migration20261207180036';

  override up(): void | Promise<void> {
    this.addSql(`create table "dispatch" ("id" uuid not null, "dispute_id" uuid not null, "mediation_case_id" uuid not null, "unified_number" varchar(32) not null, "division_code" varchar(12) not null, "source" text not null, "committee_id" uuid null, "level" text not null, "rule" varchar(32) not null, "rule_text" varchar(100) not null, "attempt" int not null, "status" text not null default 'ASSIGNED', "due_at" timestamptz not null, "reminded_at" timestamptz null, "signed_at" timestamptz null, "returned_at" timestamptz null, "return_reason" text null, "escalated_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "dispatch_status_due_at_index" on "dispatch" ("status", "due_at");`);
    this.addSql(`create index "dispatch_dispute_id_index" on "dispatch" ("dispute_id");`);
    this.addSql(`create index "dispatch_committee_id_index" on "dispatch" ("committee_id");`);
    this.addSql(`create index "dispatch_unified_number_index" on "dispatch" ("unified_number");`);

    this.addSql(`create table "supervision_item" ("id" uuid not null, "clock" text not null, "dispatch_id" uuid not null, "unified_number" varchar(32) not null, "division_code" varchar(12) not null, "missed_due_at" timestamptz not null, "responsible_committee_id" uuid null, "responsible_agency" varchar(200) not null, "responsible_person" varchar(100) null, "supervising_level" text not null, "supervisor_committee_id" uuid null, "supervising_agency" varchar(200) not null, "due_at" timestamptz not null, "reminded_at" timestamptz null, "status" text not null default 'OPEN', "comments" jsonb not null, "escalated_from_id" uuid null, "opened_at" timestamptz not null, "closed_at" timestamptz null, "closing_note" text null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "supervision_item_status_due_at_index" on "supervision_item" ("status", "due_at");`);
    this.addSql(`create index "supervision_item_dispatch_id_index" on "supervision_item" ("dispatch_id");`);
    this.addSql(`create index "supervision_item_opened_at_index" on "supervision_item" ("opened_at");`);
    this.addSql(`create index "supervision_item_division_code_index" on "supervision_item" ("division_code");`);

    this.addSql(`alter table "dispatch" add constraint "dispatch_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id");`);
    this.addSql(`alter table "dispatch" add constraint "dispatch_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id");`);
    this.addSql(`alter table "dispatch" add constraint "dispatch_committee_id_foreign" foreign key ("committee_id") references "mediation_committee" ("id") on delete set null;`);
    this.addSql(`alter table "dispatch" add constraint "dispatch_source_check" check ("source" in ('WALK_IN', 'HOTLINE_12345', 'POLICE', 'PETITION', 'COURT', 'ONLINE', 'OTHER'));`);
    this.addSql(`alter table "dispatch" add constraint "dispatch_level_check" check ("level" in ('VILLAGE', 'TOWNSHIP', 'COUNTY', 'INDUSTRY'));`);
    this.addSql(`alter table "dispatch" add constraint "dispatch_status_check" check ("status" in ('ASSIGNED', 'SIGNED', 'RETURNED', 'ESCALATED'));`);

    this.addSql(`alter table "supervision_item" add constraint "supervision_item_dispatch_id_foreign" foreign key ("dispatch_id") references "dispatch" ("id");`);
    this.addSql(`alter table "supervision_item" add constraint "supervision_item_responsible_committee_id_foreign" foreign key ("responsible_committee_id") references "mediation_committee" ("id") on delete set null;`);
    this.addSql(`alter table "supervision_item" add constraint "supervision_item_supervisor_committee_id_foreign" foreign key ("supervisor_committee_id") references "mediation_committee" ("id") on delete set null;`);
    this.addSql(`alter table "supervision_item" add constraint "supervision_item_clock_check" check ("clock" in ('SIGN_FOR'));`);
    this.addSql(`alter table "supervision_item" add constraint "supervision_item_supervising_level_check" check ("supervising_level" in ('VILLAGE', 'TOWNSHIP', 'COUNTY', 'INDUSTRY'));`);
    this.addSql(`alter table "supervision_item" add constraint "supervision_item_status_check" check ("status" in ('OPEN', 'CLOSED', 'ESCALATED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision_item" drop constraint "supervision_item_dispatch_id_foreign";`);

    this.addSql(`drop table if exists "dispatch" cascade;`);
    this.addSql(`drop table if exists "supervision_item" cascade;`);
  }

}
