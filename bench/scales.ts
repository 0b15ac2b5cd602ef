/** The sizes the benchmark runs at (issue 9; LAW §4 for the country's figures). */
export const scales = {
  /** One office: 15 assistants, 200 families over 3 years. */
  office: { offices: 1, assistants: 15, familiesPerYear: 67, years: 3 },
  /** A city: 150 assistants, 2,500 families over 5 years. */
  city: { offices: 1, assistants: 150, familiesPerYear: 500, years: 5 },
  /** The country hosted together: 2,500 gminas, 4,000 assistants, 45,000 families a year for 5 years. */
  country: { offices: 2500, assistants: 4000, familiesPerYear: 45_000, years: 5 },
} as const;
export type Scale = keyof typeof scales;
export type ScaleSize = (typeof scales)[Scale];

/** Contacts with a family: about two a week, some 100 a year. */
export const CONTACT_EVERY_HOURS = 84;
