// Written by `npm run migration:create`: the checked-in migrations, oldest first.
import { Migration20261126010135 } from "./Migration20261126010135.ts";
import { Migration20261126012757 } from "./Migration20261126012757.ts";
import { Migration20261126023922 } from "./Migration20261126023922.ts";
import { Migration20261126032956 } from "./Migration20261126032956.ts";
import { Migration20261207235553 } from "./Migration20261207235553.ts";

export const migrations = [Migration20261126010135, Migration20261126012757, Migration20261126023922, Migration20261126032956, Migration20261207235553];
