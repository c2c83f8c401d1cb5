import { randomInt } from "node:crypto";
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, residentIdCheckCharacter } from "@hub/kit/ids";

/** A fresh, valid resident ID (GB 11643) in the given county, so tests never share a person. */
export function newResidentId(division = "530402"): string {
  const year = 1950 + randomInt(0, 55);
  const month = String(randomInt(1, 13)).padStart(2, "0");
  const day = String(randomInt(1, 29)).padStart(2, "0");
  const first17 = `${division}${year}${month}${day}${String(randomInt(0, 1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The same resident ID with a wrong check character (its 18th), which every channel must refuse. */
export function withWrongCheckCharacter(id: string): string {
  return id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
}

/** A valid unified social credit code (GB 32100) for organisation parties; shown as 913501********0Y43. */
export const CREDIT_CODE = "91350100M000100Y43";

/** A fresh, valid unified social credit code (GB 32100) registered in the given county, for an organisation no other test uses. */
export function newCreditCode(division = "530402"): string {
  const body = Array.from({ length: 9 }, () => CREDIT_CODE_CHARSET[randomInt(0, CREDIT_CODE_CHARSET.length)]).join("");
  const first17 = `91${division}${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export function personParty(name: string, idNumber: string, role = "APPLICANT", phone?: string) {
  return { role, kind: "PERSON", name, idNumber, phone };
}

/** An organisation party input, identified by its credit code (usually CREDIT_CODE). */
export function organisationParty(name: string, creditCode: string, role = "APPLICANT") {
  return { role, kind: "ORGANISATION", name, creditCode };
}

/** A person as a test knows them: resident ID and name. */
export interface Person {
  id: string;
  name: string;
}

/** Party inputs for `people`: the first is the applicant, with `applicantPhone`; the others are respondents. */
export function personParties(people: Person[], applicantPhone = "13812345678") {
  const [applicant, ...respondents] = people;
  return [
    personParty(applicant!.name, applicant!.id, "APPLICANT", applicantPhone),
    ...respondents.map((p) => personParty(p.name, p.id, "RESPONDENT")),
  ];
}
