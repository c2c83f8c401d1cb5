import { Migration } from '@mikro-orm/migrations';

export class Migration20261207235528 extends Migration {

  override name = 'Migration20261207235528';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_log" drop constraint "audit_log_action_check";`);
    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('READ', 'CONTENT', 'UNMASK', 'LOOKUP', 'URGE', 'EVALUATE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_log" drop constraint "audit_log_action_check";`);
    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('READ', 'CONTENT', 'UNMASK'));`);
  }

}
