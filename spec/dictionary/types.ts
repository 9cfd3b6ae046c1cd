// Types of the data dictionary (数据元): the elements a form field can stand for and the roles a person or
// organisation can play in a form. A binding (role, element) says what a field means.

/** Sensitivity class (GB/T 35273): sensitive personal data (ID numbers, bank accounts, health) is masked and logged. */
export type Sensitivity = "public" | "general" | "personal" | "sensitive";

/** Who an element describes: a natural person, an organisation, either, or the form/case itself. */
export type Subject = "person" | "org" | "any" | "case";

/** Where the government already holds a datum: the applicant's profile or an e-licence field. */
export interface PrefillSource {
  source: "profile" | "licence";
  key: string;
  /** Roles whose value this source supplies ("applicant" = whoever the profile belongs to; see mergeForms). */
  roles: string[];
  editable: boolean;
}

/** One data element: key, label as forms print it, synonyms (with optional weight), value schema and validator. */
export interface DataElement {
  key: string;
  label: string;
  /** Other labels for the same datum; "label@0.8" gives a weaker synonym (ambiguous wording). */
  synonyms: string[];
  subject: Subject;
  /** JSON Schema of the value (draft-07 fragment) the merged field starts from. */
  schema: Record<string, unknown>;
  /** Format registered in spec/formats.ts that checks the value (check characters where they exist). */
  format?: string;
  /** A date element's bound against today: a birth, a death or a signature is never in the future. A field bound
   *  to the element carries it as the date kind's option (spec/merge/element-checks.ts). */
  dateLimit?: "notFuture" | "notPast";
  sensitivity: Sensitivity;
  prefill: PrefillSource[];
  /** Pinyin-initial keys forms use when titles are missing (e.g. "xm" 姓名). */
  keys: string[];
  /** Elements staff may reasonably merge with this one (e.g. 联系电话 ~ 移动电话): suggestions, never automatic. */
  related?: string[];
  /** The role a field of this element takes when neither its label nor its section names one of the element's own
   *  kind: vehicle data belong to the case's vehicle ("vehicle"), whichever person's section they stand in. */
  home?: string;
}

/** A role a person or organisation plays in a form, recognised from section titles and label prefixes. */
export interface Role {
  key: string;
  label: string;
  synonyms: string[];
  kind: "person" | "org" | "any" | "case";
  keys: string[];
  /** Roles that are often, but not always, the same party (法定代表人 ~ 单位负责人): suggestions only. */
  related?: string[];
  /** A role named by what the person does in this procedure (申请人, 参保人): it may be any party of the one-thing. */
  generic?: boolean;
  /** A helper acting for the subject (经办人, 代办人, 联络员): never the form's subject, merged only with the same role. */
  auxiliary?: boolean;
  /** An officer of an organisation (法定代表人, 财务负责人): a company has several, so a person word the dictionary does
   *  not know (缴销人, 清算组负责人) is never taken for one by context alone. */
  officer?: boolean;
}
