// Written by `npm run migration:create`: the checked-in migrations, oldest first.
import { Migration20261126005820 } from "./Migration20261126005820.ts";
import { Migration20261126012753 } from "./Migration20261126012753.ts";
import { Migration20261126013630 } from "./Migration20261126013630.ts";
import { Migration20261126023919 } from "./Migration20261126023919.ts";
import { Migration20261126032951 } from "./Migration20261126032951.ts";
import { Migration20261207235534 } from "./Migration20261207235534.ts";

export const migrations = [Migration20261126005820, Migration20261126012753, Migration20261126013630, Migration20261126023919, Migration20261126032951, Migration20261207235534];
