/** The areas of a family's life the assistant's diagnosis, the plan's goals and assessments speak of. */
export const diagnosisAreas = [
  'care_upbringing',
  'household',
  'finances_work',
  'housing',
  'health',
  'relations_violence',
  'schooling',
] as const;
export type DiagnosisArea = (typeof diagnosisAreas)[number];
