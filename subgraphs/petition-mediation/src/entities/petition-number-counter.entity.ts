import { defineEntity, p } from "@mikro-orm/core";

/**
 * The last petition serial handed out in a year. Minting a number increments this row in the
 * registering transaction, so numbers are unique, and a rolled-back registration gives its
 * number back instead of leaving a hole.
 */
export class PetitionNumberCounter {
  year!: number;
  lastSerial!: number;
}

export const PetitionNumberCounterSchema = defineEntity({
  class: PetitionNumberCounter,
  tableName: "petition_number_counter",
  properties: {
    year: p.integer().primary().autoincrement(false),
    lastSerial: p.integer(),
  },
});
