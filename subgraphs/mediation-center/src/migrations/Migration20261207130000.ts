import { Migration } from '@mikro-orm/migrations';

export class Migration20261207130000 extends Migration {

  override name = 'Migration20261207130000';

  override up(): void | Promise<void> {
    // Statistics (issue 11) count conclusions, successes and on-time conclusions from the index.
    // Rows indexed before this know none of it until their channel republishes them (a rebuild).
    this.addSql(`alter table "indexed_case" add "concluded_at" timestamptz null, add "succeeded" boolean null, add "deadline_at" timestamptz null;`);
    this.addSql(`update "indexed_case" set "deadline_at" = "due_at" where "due_at" is not null;`);
    this.addSql(`create index "indexed_case_division_concluded_idx" on "indexed_case" ("division_code", "concluded_at") where "concluded_at" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "indexed_case_division_concluded_idx";`);
    this.addSql(`alter table "indexed_case" drop column "concluded_at", drop column "succeeded", drop column "deadline_at";`);
  }

}
