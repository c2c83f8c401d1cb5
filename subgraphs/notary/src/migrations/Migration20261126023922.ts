import { Migration } from '@mikro-orm/migrations';

export class Migration20261126023922 extends Migration {

  override name = 'Migration20261126023922';

  override up(): void | Promise<void> {
    this.addSql(`alter table "handoff" drop constraint "handoff_kind_check";`);
    this.addSql(`alter table "handoff" add constraint "handoff_kind_check" check ("kind" in ('POLICE_REFERRAL', 'PETITION_DIVERSION', 'COURT_REFERRAL', 'JUDICIAL_CONFIRMATION', 'ENFORCEABLE_NOTARISATION', 'LABOUR_ARBITRATION', 'COURT_FILING', 'AWARD_CHALLENGE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "handoff" drop constraint "handoff_kind_check";`);
    this.addSql(`alter table "handoff" add constraint "handoff_kind_check" check ("kind" in ('POLICE_REFERRAL', 'PETITION_DIVERSION', 'COURT_REFERRAL', 'JUDICIAL_CONFIRMATION', 'ENFORCEABLE_NOTARISATION', 'LABOUR_ARBITRATION'));`);
  }

}
