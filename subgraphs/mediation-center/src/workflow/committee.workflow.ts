import { registerEnumType } from "type-graphql";

export enum MediationCommitteeKind {
  VILLAGE = "VILLAGE",
  TOWNSHIP_STREET = "TOWNSHIP_STREET",
  INDUSTRY = "INDUSTRY",
}
registerEnumType(MediationCommitteeKind, {
  name: "MediationCommitteeKind",
  description: "Kind of people's mediation committee (人民调解委员会), 人民调解法 Art 8 and 34.",
  valuesConfig: {
    VILLAGE: { description: "村(居)民委员会人民调解委员会" },
    TOWNSHIP_STREET: { description: "乡镇(街道)人民调解委员会" },
    INDUSTRY: { description: "行业性、专业性人民调解委员会 (e.g. 医疗纠纷, 道路交通事故, 劳动争议)" },
  },
});

export enum MediatorEmployment {
  FULL_TIME = "FULL_TIME",
  PART_TIME = "PART_TIME",
}
registerEnumType(MediatorEmployment, {
  name: "MediatorEmployment",
  description: "Whether a people's mediator works full time for the committee.",
  valuesConfig: {
    FULL_TIME: { description: "专职人民调解员" },
    PART_TIME: { description: "兼职人民调解员" },
  },
});

export enum MediatorGrade {
  PRINCIPAL = "PRINCIPAL",
  SENIOR = "SENIOR",
  INTERMEDIATE = "INTERMEDIATE",
  JUNIOR = "JUNIOR",
}
registerEnumType(MediatorGrade, {
  name: "MediatorGrade",
  description: "Grade of a people's mediator (人民调解员等级), as local grading schemes use.",
  valuesConfig: {
    PRINCIPAL: { description: "首席人民调解员" },
    SENIOR: { description: "高级人民调解员" },
    INTERMEDIATE: { description: "中级人民调解员" },
    JUNIOR: { description: "初级人民调解员" },
  },
});
