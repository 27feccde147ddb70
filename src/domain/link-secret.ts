import { z } from 'zod'
import { InstantSchema } from './common.ts'

/**
 * A server secret for signing download links (SPEC §12 statements). Kept in the store so every
 * process of a deployment signs and checks alike; bookkeeping, never audited or exported.
 */
export const LinkSecretSchema = z.object({
  id: z.string().min(1),
  /** 32 random bytes, base64url. */
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'must be 32 bytes in base64url' }),
  createdAt: InstantSchema,
})
