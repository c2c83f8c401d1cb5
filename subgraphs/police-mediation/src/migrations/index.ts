// Written by `npm run migration:create`: the checked-in migrations, oldest first.
import { Migration20261126005846 } from "./Migration20261126005846.ts";
import { Migration20261126012754 } from "./Migration20261126012754.ts";
import { Migration20261126013628 } from "./Migration20261126013628.ts";
import { Migration20261126023915 } from "./Migration20261126023915.ts";
import { Migration20261126032953 } from "./Migration20261126032953.ts";
import { Migration20261207235540 } from "./Migration20261207235540.ts";

export const migrations = [Migration20261126005846, Migration20261126012754, Migration20261126013628, Migration20261126023915, Migration20261126032953, Migration20261207235540];
