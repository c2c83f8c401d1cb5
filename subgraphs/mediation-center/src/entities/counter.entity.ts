import { defineEntity, p } from "@mikro-orm/core";

/**
 * Last serial of unified dispute numbers per county-level division and year. Minting upserts the
 * row inside the registering transaction, so the row lock serialises concurrent registrations and
 * a rolled-back registration gives its serial back.
 */
export class DisputeCounter {
  divisionCode!: string;
  year!: number;
  lastSerial!: number;
}

export const DisputeCounterSchema = defineEntity({
  class: DisputeCounter,
  tableName: "dispute_counter",
  properties: {
    divisionCode: p.string().length(6).primary(),
    year: p.integer().primary(),
    lastSerial: p.integer(),
  },
});
