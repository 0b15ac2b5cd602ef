import { z } from 'zod';

/** The roles an account can hold; one person may hold several. */
export const roles = ['admin', 'manager', 'team_lead', 'assistant', 'social_worker', 'dpo'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const locales = ['pl', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
