import { Migration } from '@mikro-orm/migrations';

export class Migration20261126013628 extends Migration {

  override name = 'Migration20261126013628';

  override up(): void | Promise<void> {
    this.addSql(`alter table "police_incident" add "mediation_outcome" text null, add "mediation_result" text null, add "mediation_result_at" timestamptz null;`);
    this.addSql(`alter table "police_incident" add constraint "police_incident_mediation_outcome_check" check ("mediation_outcome" in ('SUCCEEDED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "police_incident" drop constraint "police_incident_mediation_outcome_check";`);
    this.addSql(`alter table "police_incident" drop column "mediation_outcome", drop column "mediation_result", drop column "mediation_result_at";`);
  }

}
