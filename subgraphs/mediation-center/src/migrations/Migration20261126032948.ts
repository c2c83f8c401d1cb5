import { Migration } from '@mikro-orm/migrations';
import { AUDIT_LOG_NO_TRUNCATE_SQL, handoffDivisionBackfillSql } from '@hub/kit';

export class Migration20261126032948 extends Migration {

  override name = 'Migration20261126032948';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "channel" varchar(64) not null, "subject" varchar(200) not null, "agency_id" varchar(200) not null, "agency_kind" varchar(32) not null, "action" text not null, "entity_type" varchar(64) not null, "entity_id" varchar(64) not null, "field" varchar(64) null, "party_key" varchar(64) null, "purpose" varchar(200) null, "division_code" varchar(12) null);`);
    this.addSql(`create index "audit_log_subject_index" on "audit_log" ("subject");`);
    this.addSql(`create index "audit_log_entity_type_entity_id_index" on "audit_log" ("entity_type", "entity_id");`);

    this.addSql(`alter table "handoff" add "division_code" varchar(12) null;`);
    this.addSql(`create index "handoff_unified_number_index" on "handoff" ("unified_number");`);

    // Cases and agreements carry their dispute's division, so division scope filters them in SQL.
    this.addSql(`alter table "mediation_case" add "division_code" varchar(12) null;`);
    this.addSql(`update "mediation_case" c set "division_code" = d."division_code" from "dispute" d where d."id" = c."dispute_id";`);
    this.addSql(`alter table "mediation_case" alter column "division_code" set not null;`);
    this.addSql(`create index "mediation_case_division_code_index" on "mediation_case" ("division_code");`);

    this.addSql(`alter table "mediation_agreement" add "division_code" varchar(12) null;`);
    this.addSql(`update "mediation_agreement" a set "division_code" = c."division_code" from "mediation_case" c where c."id" = a."case_id";`);
    this.addSql(`alter table "mediation_agreement" alter column "division_code" set not null;`);

    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('READ', 'CONTENT', 'UNMASK'));`);
    this.addSql(`create or replace function "audit_log_audit_log_no_update_or_delete_fn"() returns trigger as \$\$ begin raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE on "audit_log" for each ROW execute function "audit_log_audit_log_no_update_or_delete_fn"();`);
    for (const sql of AUDIT_LOG_NO_TRUNCATE_SQL) this.addSql(sql);

    // Handoffs recorded before they carried a division take it from this side's own case.
    for (const sql of handoffDivisionBackfillSql('MediationCase', 'mediation_case')) this.addSql(sql);
    for (const sql of handoffDivisionBackfillSql('MediationAgreement', 'mediation_agreement')) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_log_no_update_or_delete" on "audit_log";`);
    this.addSql(`drop function if exists "audit_log_audit_log_no_update_or_delete_fn"();`);
    this.addSql(`drop trigger if exists "audit_log_no_truncate" on "audit_log";`);
    this.addSql(`drop function if exists "audit_log_refuse_truncate"();`);
    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop index "handoff_unified_number_index";`);
    this.addSql(`alter table "handoff" drop column "division_code";`);

    this.addSql(`alter table "mediation_agreement" drop column "division_code";`);

    this.addSql(`drop index "mediation_case_division_code_index";`);
    this.addSql(`alter table "mediation_case" drop column "division_code";`);
  }

}
