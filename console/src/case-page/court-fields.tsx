/**
 * Form fields only the court's case pages ask for. The form checks the shape of a case number
 * (案号); which case types a step takes (民特 for a confirmation, 民初 for a filing…) is the
 * hub's rule, and its refusal marks the field.
 */
import { Form, Input } from "antd";
import type { Mark } from "./actions.tsx";

const CASE_NUMBER_SHAPE = /^\s*[(（]\d{4}[)）]\S+号\s*$/;

/** 案号, e.g. （2026）云0402民特15号. */
export const caseNumberField = (mark: Mark, label: string, example: string) => (
  <Form.Item
    key="caseNumber"
    name="caseNumber"
    label={label}
    {...mark("caseNumber")}
    rules={[
      { required: true, whitespace: true, message: `请填写${label}` },
      { pattern: CASE_NUMBER_SHAPE, message: `案号的格式如 ${example}` },
    ]}
  >
    <Input placeholder={`如 ${example}`} />
  </Form.Item>
);
