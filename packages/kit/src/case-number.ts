// 案号: (年份)法院代字+类型代字+序号+号, e.g. (2023)云0402民初1234号. Courts use full-width brackets;
// partner systems send both, so we accept both and store the full-width form.
// High courts have no digits after the province (（2023）云民终12号); the Supreme Court writes 最高法.
const CASE_NUMBER = /^[(（](\d{4})[)）](最高法|[\u4e00-\u9fa5])(\d{4}|\d{2}|)([\u4e00-\u9fa5]{1,6}?)(\d{1,6})号$/;

const PROVINCE_ABBREVIATIONS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵";

export interface CourtCaseNumber {
  year: number;
  court: string;
  caseType: string;
  serial: number;
  canonical: string;
}

export function parseCaseNumber(raw: string): CourtCaseNumber | string {
  const text = raw.trim();
  const m = CASE_NUMBER.exec(text);
  if (!m) return "must look like (2023)云0402民初1234号: (year), province abbreviation and court digits, case type, serial, 号";
  const [, year, province, digits, caseType, serial] = m;
  if (province !== "最高法" && !PROVINCE_ABBREVIATIONS.includes(province!)) return `${province} is not a province abbreviation used in case numbers`;
  const y = Number(year);
  if (y < 1990 || y > new Date().getFullYear() + 1) return `year ${y} is out of range`;
  return {
    year: y,
    court: province! + digits!,
    caseType: caseType!,
    serial: Number(serial),
    canonical: `（${year}）${province}${digits}${caseType}${serial}号`,
  };
}

/** parseCaseNumber says in English which part is wrong; a clerk needs the pattern. */
export const CASE_NUMBER_FORMAT_ZH = "案号格式应如（2023）云0402民初1234号：（年份）省份简称与法院代字、案件类型代字、序号、号";
