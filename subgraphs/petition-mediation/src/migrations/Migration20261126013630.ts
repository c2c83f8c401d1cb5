import { Migration } from '@mikro-orm/migrations';

export class Migration20261126013630 extends Migration {

  override name = 'Migration20261126013630';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petition" add "mediation_outcome" text null, add "mediation_result" text null, add "mediation_result_at" timestamptz null;`);
    this.addSql(`alter table "petition" add constraint "petition_mediation_outcome_check" check ("mediation_outcome" in ('SUCCEEDED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petition" drop constraint "petition_mediation_outcome_check";`);
    this.addSql(`alter table "petition" drop column "mediation_outcome", drop column "mediation_result", drop column "mediation_result_at";`);
  }

}
