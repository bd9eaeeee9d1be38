import { z } from '../validation.ts';
import { roles } from './roles.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-zA-Z0-9._@-]+$/, 'may contain only letters, digits and . _ @ -');

export const accountSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    jurisdictionCode: z.string().nullable(),
    personId: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const accountCreateSchema = z
  .strictObject({
    username: usernameSchema,
    displayName: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    password: z.string(),
    role: z.enum(roles),
    jurisdictionCode: z.string().max(32).optional(),
    personId: z.string().max(64).optional(),
  })
  .meta({ id: 'AccountCreate' });
export type AccountCreate = z.infer<typeof accountCreateSchema>;

export const loginSchema = z
  .strictObject({ username: z.string().max(64), password: z.string().max(200) })
  .meta({ id: 'Login' });

export const tokenCreateSchema = z
  .strictObject({
    label: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    days: z.number().int().min(1, 'must be at least 1').max(365, 'must be at most 365').default(90),
  })
  .meta({ id: 'TokenCreate' });
