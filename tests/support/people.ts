import { randomInt } from "node:crypto";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A fresh, valid resident ID (GB 11643) in the given county, so tests never share a person. */
export function newResidentId(division = "530402"): string {
  const year = 1950 + randomInt(0, 55);
  const month = String(randomInt(1, 13)).padStart(2, "0");
  const day = String(randomInt(1, 29)).padStart(2, "0");
  const first17 = `${division}${year}${month}${day}${String(randomInt(0, 1000)).padStart(3, "0")}`;
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  return first17 + "10X98765432"[sum % 11];
}

export function personParty(name: string, idNumber: string, role = "APPLICANT", phone?: string) {
  return { role, kind: "PERSON", name, idNumber, phone };
}
