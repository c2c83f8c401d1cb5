import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012754 extends Migration {

  override name = 'Migration20261126012754';

  override up(): void | Promise<void> {
    this.addSql(`create table "handoff" ("id" uuid not null, "direction" text not null, "idempotency_key" varchar(200) null, "kind" text not null, "from_channel" varchar(64) not null, "from_case_type" varchar(64) not null, "from_case_id" varchar(64) not null, "to_channel" varchar(64) not null, "to_case_type" varchar(64) null, "to_case_id" varchar(64) null, "unified_number" varchar(32) null, "summary" varchar(500) not null, "payload_encrypted" text not null, "status" text not null, "reason" text null, "outcome" text null, "result" text null, "due_at" timestamptz not null, "offered_at" timestamptz not null, "delivered_at" timestamptz null, "decided_at" timestamptz null, "completed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "handoff_direction_status_due_at_index" on "handoff" ("direction", "status", "due_at");`);
    this.addSql(`create index "handoff_from_case_type_from_case_id_index" on "handoff" ("from_case_type", "from_case_id");`);
    this.addSql(`create index "handoff_to_case_type_to_case_id_index" on "handoff" ("to_case_type", "to_case_id");`);
    this.addSql(`alter table "handoff" add constraint "handoff_direction_idempotency_key_unique" unique ("direction", "idempotency_key");`);

    this.addSql(`alter table "handoff" add constraint "handoff_direction_check" check ("direction" in ('OUTGOING', 'INCOMING'));`);
    this.addSql(`alter table "handoff" add constraint "handoff_kind_check" check ("kind" in ('POLICE_REFERRAL', 'PETITION_DIVERSION', 'COURT_REFERRAL', 'JUDICIAL_CONFIRMATION', 'ENFORCEABLE_NOTARISATION', 'LABOUR_ARBITRATION'));`);
    this.addSql(`alter table "handoff" add constraint "handoff_status_check" check ("status" in ('OFFERED', 'DELIVERED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'EXPIRED'));`);
    this.addSql(`alter table "handoff" add constraint "handoff_outcome_check" check ("outcome" in ('SUCCEEDED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "handoff" cascade;`);
  }

}
