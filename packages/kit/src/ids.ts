import type { Problem } from "./errors.ts";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

// GB 11643-1999: weights for the first 17 characters, and the check character for sum mod 11.
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = "10X98765432";

/** Upper-cases a trailing x and drops spaces, the two differences between how people type one ID. */
export function normaliseResidentId(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

/** The GB 11643 check character of the first 17 digits of a resident ID. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/** Returns null when valid, otherwise why not. The address code is not checked: retired codes stay valid. */
export function residentIdProblem(raw: string): Problem | null {
  const id = normaliseResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { en: "must be 18 characters: 17 digits and a digit or X", zh: "应为 18 位：17 位数字加 1 位数字或 X" };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1800 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > Date.now()) {
    return { en: `holds no valid date of birth (${id.slice(6, 14)})`, zh: `出生日期 ${id.slice(6, 14)} 不是有效日期` };
  }
  const expected = residentIdCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) return { en: `check character is ${id[17]}, GB 11643 gives ${expected}`, zh: `校验位不正确（为 ${id[17]}，按 GB 11643 应为 ${expected}）` };
  return null;
}

// GB 32100-2015: 31 characters without I, O, Z, S, V.
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100 check character of the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

export interface CreditCodeCheck {
  /** Why the code cannot be a credit code at all (length, characters); the input is refused. */
  problem: Problem | null;
  /** Set when only the check character disagrees: some early pilot codes are legal but fail it. */
  warning: string | null;
}

export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return { problem: { en: "must be 18 characters", zh: "应为 18 位" }, warning: null };
  for (const ch of code) {
    if (!CREDIT_CODE_CHARSET.includes(ch)) {
      return { problem: { en: `holds ${ch}, which GB 32100 does not use (no I, O, Z, S or V)`, zh: `含有字符 ${ch}，统一社会信用代码不使用该字符（不用 I、O、Z、S、V）` }, warning: null };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { problem: { en: "characters 3 to 8 must be a division code", zh: "第 3 至 8 位应为行政区划代码" }, warning: null };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      problem: null,
      warning: `credit code ${maskIdentifier(code)} fails the GB 32100 check (expected ${expected}); accepted as an early pilot code`,
    };
  }
  return { problem: null, warning: null };
}

/** First 6 and last 4 characters, the display form agencies use for ID numbers and credit codes. */
export function maskIdentifier(id: string): string {
  if (id.length <= 10) return "*".repeat(id.length);
  return id.slice(0, 6) + "*".repeat(id.length - 10) + id.slice(-4);
}

/** First 3 and last 4 digits of a phone number. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return "*".repeat(digits.length);
  return digits.slice(0, 3) + "*".repeat(digits.length - 7) + digits.slice(-4);
}

export interface HubSecrets {
  /** Key of the party HMAC: every subgraph must hold the same one, or parties stop matching. */
  partyKeySecret: string;
  /** 32-byte key (hex or base64) that encrypts ID numbers and phone numbers at rest. */
  dataKey: Buffer;
}

// Development secrets, so that `npm start` works with nothing configured. Production refuses them.
export const DEVELOPMENT_PARTY_KEY_SECRET = "dev-party-key-not-for-production";
export const DEVELOPMENT_DATA_KEY = Buffer.alloc(32, 7);

export function hubSecrets(env: NodeJS.ProcessEnv = process.env): HubSecrets {
  if (env.NODE_ENV === "production" && (!env.HUB_DATA_KEY || !env.HUB_PARTY_KEY_SECRET)) {
    throw new Error("In production HUB_DATA_KEY and HUB_PARTY_KEY_SECRET must be set; the development keys are public");
  }
  const dataKey = env.HUB_DATA_KEY ? Buffer.from(env.HUB_DATA_KEY, /^[0-9a-f]{64}$/i.test(env.HUB_DATA_KEY) ? "hex" : "base64") : DEVELOPMENT_DATA_KEY;
  if (dataKey.length !== 32) throw new Error("HUB_DATA_KEY must be 32 bytes, as 64 hex characters or base64");
  return { partyKeySecret: env.HUB_PARTY_KEY_SECRET ?? DEVELOPMENT_PARTY_KEY_SECRET, dataKey };
}

/**
 * The cross-agency identity of a party: an HMAC of the normalised number, so agencies can match
 * a person without exchanging the raw ID. The kind prefix keeps an ID and a credit code apart.
 */
export function partyKeyOf(kind: "RESIDENT_ID" | "CREDIT_CODE", normalisedNumber: string, secrets = hubSecrets()): string {
  return createHmac("sha256", secrets.partyKeySecret).update(`${kind}:${normalisedNumber}`).digest("base64url");
}

/** AES-256-GCM, stored as base64url(iv | tag | ciphertext). */
export function encryptField(plain: string, secrets = hubSecrets()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secrets.dataKey, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function decryptField(stored: string, secrets = hubSecrets()): string {
  const raw = Buffer.from(stored, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", secrets.dataKey, raw.subarray(0, 12), { authTagLength: 16 });
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
