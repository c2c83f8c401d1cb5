import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_PARTY_KEY_SECRET,
  checkCreditCode,
  decryptField,
  encryptField,
  hubSecrets,
  maskIdentifier,
  maskPhone,
  normaliseCreditCode,
  normaliseResidentId,
  partyKeyOf,
  residentIdProblem,
  type HubSecrets,
} from "../src/ids.ts";

// Independent re-statement of GB 11643-1999 (from DOMAIN.md), used to generate valid IDs.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad test input ${first17}`);
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * ID_WEIGHTS[i]!, 0);
  return "10X98765432"[sum % 11]!;
}
function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}
/** Some check character other than the right one. */
function wrongResidentIdCheck(first17: string): string {
  const right = residentIdCheckChar(first17);
  return first17 + (right === "0" ? "1" : "0");
}

// Independent re-statement of GB 32100-2015: weights 3^(i-1) mod 31, check = 31 - (sum mod 31), 31 -> 0.
const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function creditCheckChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    const value = CREDIT_CHARSET.indexOf(ch);
    if (value < 0) throw new Error(`bad test input ${first17}`);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31]!;
}

const secretsA: HubSecrets = { partyKeySecret: "secret-A", dataKey: Buffer.alloc(32, 1) };
const secretsB: HubSecrets = { partyKeySecret: "secret-B", dataKey: Buffer.alloc(32, 2) };

describe("test helpers agree with the DOMAIN.md samples", () => {
  it("compute the check characters of the published samples", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(residentIdCheckChar("44052418800101001")).toBe("4");
    expect(creditCheckChar("91350100M000100Y4")).toBe("3");
  });
});

describe("residentIdProblem (GB 11643-1999)", () => {
  it.each(["11010519491231002X", "440524188001010014"])("accepts the published sample %s", (id) => {
    expect(residentIdProblem(id)).toBeNull();
  });

  it.each([
    "53040219900101123", // 红塔区, ordinary date
    "65900220000229002", // 阿拉尔市, leap day
    "46010819851231567", // 美兰区, last day of year
    "42120219700615888", // 咸安区
    "21080220101010101", // 站前区
    "99999919800101001", // address code that does not exist: not checked on purpose (retired codes stay valid)
  ])("accepts a generated valid ID built from %s", (first17) => {
    expect(residentIdProblem(residentId(first17))).toBeNull();
  });

  it("finds a generated ID whose check character is X", () => {
    // Walk sequence numbers until the check character is X, so X handling is exercised on a fresh ID.
    let id: string | undefined;
    for (let seq = 0; seq < 1000 && !id; seq++) {
      const candidate = residentId(`53040219900101${String(seq).padStart(3, "0")}`);
      if (candidate.endsWith("X")) id = candidate;
    }
    expect(id).toBeDefined();
    expect(residentIdProblem(id!)).toBeNull();
    expect(residentIdProblem(id!.toLowerCase())).toBeNull();
  });

  it("normalises a lower-case x and spaces", () => {
    expect(normaliseResidentId("11010519491231002x")).toBe("11010519491231002X");
    expect(normaliseResidentId(" 110105 19491231 002x ")).toBe("11010519491231002X");
    expect(residentIdProblem("11010519491231002x")).toBeNull();
    expect(residentIdProblem("110105 19491231 002x")).toBeNull();
  });

  it("refuses a wrong check character and names the expected one", () => {
    expect(residentIdProblem("110105194912310021")?.en).toMatch(/check character is 1, GB 11643 gives X/);
    expect(residentIdProblem("440524188001010015")?.en).toMatch(/gives 4/);
    for (const first17 of ["53040219900101123", "65900220000229002", "46010819851231567"]) {
      expect(residentIdProblem(wrongResidentIdCheck(first17))?.en).toMatch(/check character/);
    }
  });

  it("refuses an X that is not the check character", () => {
    expect(residentIdProblem("440524188001010X14")?.en).toMatch(/18 characters/);
    expect(residentIdProblem(residentId("53040219900101123").slice(0, 17) + (residentIdCheckChar("53040219900101123") === "X" ? "0" : "X"))?.en).toMatch(
      /check character/,
    );
  });

  it.each([
    ["19490231", "30 February does not exist"],
    ["19490229", "1949 is not a leap year"],
    ["19001301", "month 13"],
    ["19000000", "month 0, day 0"],
    ["19900132", "day 32"],
    ["19000229", "1900 is not a leap year"],
    ["17991231", "before 1800"],
  ])("refuses the impossible birth date %s (%s) even with a correct check character", (date) => {
    const id = residentId(`110105${date}002`);
    expect(residentIdProblem(id)?.en).toMatch(new RegExp(`no valid date of birth \\(${date}\\)`));
  });

  it("accepts 29 February in a leap year (2000, 2024)", () => {
    expect(residentIdProblem(residentId("11010520000229002"))).toBeNull();
    expect(residentIdProblem(residentId("11010520240229002"))).toBeNull();
  });

  it("refuses a birth date in the future", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const id = residentId(`110105${nextYear}0101002`);
    expect(residentIdProblem(id)?.en).toMatch(/no valid date of birth/);
  });

  it.each([
    ["17 characters", "11010519491231002"],
    ["19 characters", "11010519491231002X0"],
    ["15-digit first-generation ID", "110105491231002"],
    ["empty", ""],
    ["letters inside", "1101051949123100AX"],
    ["full-width digits", "１１０１０５１９４９１２３１００２Ｘ"],
  ])("refuses a wrong shape: %s", (_label, id) => {
    expect(residentIdProblem(id)?.en).toBe("must be 18 characters: 17 digits and a digit or X");
  });
});

describe("checkCreditCode (GB 32100-2015)", () => {
  it("accepts the published sample without problem or warning", () => {
    expect(checkCreditCode("91350100M000100Y43")).toEqual({ problem: null, warning: null });
  });

  it.each(["91530402MA6K0000X", "12530402000000000", "51110105ABCDEFGHJ", "Y1659002KLMNPQRTU", "93460108000000001"])(
    "accepts a generated valid code built from %s",
    (first17) => {
      expect(checkCreditCode(first17 + creditCheckChar(first17))).toEqual({ problem: null, warning: null });
    },
  );

  it("normalises lower case and spaces", () => {
    expect(normaliseCreditCode(" 91350100m000100y43 ")).toBe("91350100M000100Y43");
    expect(checkCreditCode("91350100m000100y43")).toEqual({ problem: null, warning: null });
    expect(checkCreditCode("9135 0100 M000 100Y 43")).toEqual({ problem: null, warning: null });
  });

  it.each(["I", "O", "Z", "S", "V"])("refuses the letter %s, which GB 32100 does not use", (letter) => {
    const code = `91350100${letter}000100Y4`;
    const result = checkCreditCode(code + "3");
    expect(result.problem?.en).toMatch(new RegExp(`holds ${letter}, which GB 32100 does not use`));
    expect(result.warning).toBeNull();
  });

  it("refuses a forbidden letter even in the check position", () => {
    expect(checkCreditCode("91350100M000100Y4O").problem?.en).toMatch(/holds O/);
  });

  it("refuses punctuation", () => {
    expect(checkCreditCode("91350100-000100Y43").problem?.en).toMatch(/holds -/);
  });

  it.each([
    ["17 characters", "91350100M000100Y4"],
    ["19 characters", "91350100M000100Y433"],
    ["empty", ""],
  ])("refuses a wrong length: %s", (_label, code) => {
    expect(checkCreditCode(code)).toEqual({ problem: { en: "must be 18 characters", zh: "应为 18 位" }, warning: null });
  });

  it("refuses letters where the division code belongs (characters 3 to 8)", () => {
    const first17 = "91A50100M000100Y4";
    expect(checkCreditCode(first17 + creditCheckChar(first17)).problem?.en).toMatch(/characters 3 to 8 must be a division code/);
  });

  it("accepts a code that fails only the check character, with a masked warning", () => {
    for (const wrong of CREDIT_CHARSET.replace("3", "")) {
      const result = checkCreditCode(`91350100M000100Y4${wrong}`);
      expect(result.problem).toBeNull();
      expect(result.warning).toMatch(/fails the GB 32100 check \(expected 3\)/);
      // The warning travels back to callers: it must not carry the full code.
      expect(result.warning).toContain("913501********0Y4" + wrong);
      expect(result.warning).not.toContain("91350100M000100Y4");
    }
  });

  it("handles the 31 → 0 wrap of the check character", () => {
    // Find a body whose check character is 0 and make sure it is accepted, and that Y (30) is not.
    let body: string | undefined;
    for (let n = 0; n < 2000 && !body; n++) {
      const candidate = `91530402${String(n).padStart(9, "0")}`;
      if (creditCheckChar(candidate) === "0") body = candidate;
    }
    expect(body).toBeDefined();
    expect(checkCreditCode(body! + "0")).toEqual({ problem: null, warning: null });
    expect(checkCreditCode(body! + "Y").warning).toMatch(/expected 0/);
  });
});

describe("masking", () => {
  it("shows the first 6 and last 4 characters of an ID or credit code", () => {
    expect(maskIdentifier("11010519491231002X")).toBe("110105********002X");
    expect(maskIdentifier("530402199001011234")).toBe("530402********1234");
    expect(maskIdentifier("91350100M000100Y43")).toBe("913501********0Y43");
    expect(maskIdentifier("91350100M000100Y43")).toHaveLength(18);
  });

  it("hides short identifiers completely", () => {
    expect(maskIdentifier("1234567890")).toBe("**********");
    expect(maskIdentifier("")).toBe("");
  });

  it("shows the first 3 and last 4 digits of a phone number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("138 1234 5678")).toBe("138****5678");
    expect(maskPhone("138-1234-5678")).toBe("138****5678");
    expect(maskPhone("08772012345")).toBe("087****2345");
  });

  it("hides a phone number shorter than 7 digits completely", () => {
    expect(maskPhone("123456")).toBe("******");
  });
});

describe("partyKeyOf", () => {
  it("is deterministic for the same kind, number and secret", () => {
    const a = partyKeyOf("RESIDENT_ID", "11010519491231002X", secretsA);
    const b = partyKeyOf("RESIDENT_ID", "11010519491231002X", { ...secretsA });
    expect(a).toBe(b);
  });

  it("is an HMAC-SHA256 of `${kind}:${number}`, base64url (the format every subgraph must share)", () => {
    const expected = createHmac("sha256", "secret-A").update("RESIDENT_ID:11010519491231002X").digest("base64url");
    expect(partyKeyOf("RESIDENT_ID", "11010519491231002X", secretsA)).toBe(expected);
    expect(expected).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("never contains the raw number", () => {
    expect(partyKeyOf("RESIDENT_ID", "11010519491231002X", secretsA)).not.toContain("11010519491231002X");
  });

  it("differs between RESIDENT_ID and CREDIT_CODE for the same string", () => {
    const value = "110105194912310021";
    expect(partyKeyOf("RESIDENT_ID", value, secretsA)).not.toBe(partyKeyOf("CREDIT_CODE", value, secretsA));
  });

  it("differs between secrets", () => {
    expect(partyKeyOf("RESIDENT_ID", "11010519491231002X", secretsA)).not.toBe(partyKeyOf("RESIDENT_ID", "11010519491231002X", secretsB));
  });

  it("differs between numbers", () => {
    expect(partyKeyOf("RESIDENT_ID", "11010519491231002X", secretsA)).not.toBe(partyKeyOf("RESIDENT_ID", "440524188001010014", secretsA));
  });

  it("uses the development secret when nothing is configured", () => {
    const devSecrets = hubSecrets({});
    expect(devSecrets.partyKeySecret).toBe(DEVELOPMENT_PARTY_KEY_SECRET);
    expect(partyKeyOf("CREDIT_CODE", "91350100M000100Y43", devSecrets)).toBe(
      createHmac("sha256", DEVELOPMENT_PARTY_KEY_SECRET).update("CREDIT_CODE:91350100M000100Y43").digest("base64url"),
    );
  });
});

describe("hubSecrets", () => {
  it("reads a 64-hex-character data key", () => {
    const secrets = hubSecrets({ HUB_DATA_KEY: "ab".repeat(32), HUB_PARTY_KEY_SECRET: "s" });
    expect(secrets.dataKey.equals(Buffer.alloc(32, 0xab))).toBe(true);
    expect(secrets.partyKeySecret).toBe("s");
  });

  it("reads a base64 data key", () => {
    const key = Buffer.alloc(32, 9);
    expect(hubSecrets({ HUB_DATA_KEY: key.toString("base64") }).dataKey.equals(key)).toBe(true);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => hubSecrets({ HUB_DATA_KEY: "ab".repeat(16) })).toThrow(/32 bytes/);
    expect(() => hubSecrets({ HUB_DATA_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/32 bytes/);
  });

  it("falls back to a 32-byte development key", () => {
    expect(hubSecrets({}).dataKey).toHaveLength(32);
  });
});

describe("encryptField / decryptField (AES-256-GCM)", () => {
  it("round-trips ASCII, Chinese text and the empty string", () => {
    for (const plain of ["11010519491231002X", "13812345678", "云南省玉溪市红塔区 张三", ""]) {
      const stored = encryptField(plain, secretsA);
      expect(decryptField(stored, secretsA)).toBe(plain);
    }
  });

  it("stores base64url(iv 12 | tag 16 | ciphertext) without the plain text", () => {
    const plain = "11010519491231002X";
    const stored = encryptField(plain, secretsA);
    expect(stored).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(stored, "base64url")).toHaveLength(12 + 16 + Buffer.byteLength(plain));
    expect(stored).not.toContain(plain);
  });

  it("uses a random IV: two encryptions of the same value differ", () => {
    const one = encryptField("11010519491231002X", secretsA);
    const two = encryptField("11010519491231002X", secretsA);
    expect(one).not.toBe(two);
    expect(Buffer.from(one, "base64url").subarray(0, 12).equals(Buffer.from(two, "base64url").subarray(0, 12))).toBe(false);
    expect(decryptField(one, secretsA)).toBe(decryptField(two, secretsA));
  });

  it.each([
    ["IV", 0],
    ["auth tag", 12],
    ["ciphertext", 28],
    ["last ciphertext byte", -1],
  ])("detects tampering with the %s", (_label, index) => {
    const raw = Buffer.from(encryptField("11010519491231002X", secretsA), "base64url");
    const at = index < 0 ? raw.length + index : index;
    raw[at] = raw[at]! ^ 0x01;
    expect(() => decryptField(raw.toString("base64url"), secretsA)).toThrow();
  });

  it("detects a truncated ciphertext", () => {
    const raw = Buffer.from(encryptField("11010519491231002X", secretsA), "base64url");
    expect(() => decryptField(raw.subarray(0, raw.length - 1).toString("base64url"), secretsA)).toThrow();
  });

  it("refuses to decrypt under another key", () => {
    const stored = encryptField("11010519491231002X", secretsA);
    expect(() => decryptField(stored, secretsB)).toThrow();
  });
});
