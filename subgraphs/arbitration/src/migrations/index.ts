// Written by `npm run migration:create`: the checked-in migrations, oldest first.
import { Migration20261126010236 } from "./Migration20261126010236.ts";
import { Migration20261126012755 } from "./Migration20261126012755.ts";
import { Migration20261126023912 } from "./Migration20261126023912.ts";
import { Migration20261126032955 } from "./Migration20261126032955.ts";
import { Migration20261207235547 } from "./Migration20261207235547.ts";

export const migrations = [Migration20261126010236, Migration20261126012755, Migration20261126023912, Migration20261126032955, Migration20261207235547];
