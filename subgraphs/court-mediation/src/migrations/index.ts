// Written by `npm run migration:create`: the checked-in migrations, oldest first.
import { Migration20261126005322 } from "./Migration20261126005322.ts";
import { Migration20261126012751 } from "./Migration20261126012751.ts";
import { Migration20261126023858 } from "./Migration20261126023858.ts";
import { Migration20261126032950 } from "./Migration20261126032950.ts";
import { Migration20261207235528 } from "./Migration20261207235528.ts";

export const migrations = [Migration20261126005322, Migration20261126012751, Migration20261126023858, Migration20261126032950, Migration20261207235528];
