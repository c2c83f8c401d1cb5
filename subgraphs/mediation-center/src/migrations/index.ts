// Written by `npm run migration:create`: the checked-in migrations, oldest first.
import { Migration20261126010149 } from "./Migration20261126010149.ts";
import { Migration20261126012750 } from "./Migration20261126012750.ts";
import { Migration20261126023907 } from "./Migration20261126023907.ts";
import { Migration20261126032133 } from "./Migration20261126032133.ts";
import { Migration20261126032948 } from "./Migration20261126032948.ts";
import { Migration20261207130000 } from "./Migration20261207130000.ts";
import { Migration20261207180036 } from "./Migration20261207180036.ts";
import { Migration20261207235523 } from "./Migration20261207235523.ts";

export const migrations = [Migration20261126010149, Migration20261126012750, Migration20261126023907, Migration20261126032133, Migration20261126032948, Migration20261207130000, Migration20261207180036, Migration20261207235523];
