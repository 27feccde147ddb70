// The Block Kit JSON Tickler sends (messages and modals), typed locally so that only bolt.ts
// depends on the Slack SDK. Only the blocks and elements Tickler builds are described.
import { z } from 'zod'

export const PlainTextSchema = z.object({
  type: z.literal('plain_text'),
  text: z.string(),
  emoji: z.boolean().optional(),
})
export type PlainText = z.infer<typeof PlainTextSchema>

export const MrkdwnTextSchema = z.object({ type: z.literal('mrkdwn'), text: z.string() })

export const ButtonSchema = z.object({
  type: z.literal('button'),
  action_id: z.string(),
  text: PlainTextSchema,
  value: z.string().optional(),
  style: z.enum(['primary', 'danger']).optional(),
})
export type Button = z.infer<typeof ButtonSchema>

export const SectionBlockSchema = z.object({
  type: z.literal('section'),
  text: z.union([MrkdwnTextSchema, PlainTextSchema]).optional(),
  fields: z.array(MrkdwnTextSchema).optional(),
  accessory: ButtonSchema.optional(),
})
export type SectionBlock = z.infer<typeof SectionBlockSchema>

const HeaderBlockSchema = z.object({ type: z.literal('header'), text: PlainTextSchema })
const ContextBlockSchema = z.object({ type: z.literal('context'), elements: z.array(MrkdwnTextSchema) })
const ActionsBlockSchema = z.object({ type: z.literal('actions'), elements: z.array(ButtonSchema) })

const OptionSchema = z.object({ text: PlainTextSchema, value: z.string() })

export const DatepickerSchema = z.object({
  type: z.literal('datepicker'),
  action_id: z.string(),
  placeholder: PlainTextSchema.optional(),
  initial_date: z.string().optional(),
})
export type Datepicker = z.infer<typeof DatepickerSchema>

export const StaticSelectSchema = z.object({
  type: z.literal('static_select'),
  action_id: z.string(),
  options: z.array(OptionSchema),
  placeholder: PlainTextSchema.optional(),
  initial_option: OptionSchema.optional(),
})
export type StaticSelect = z.infer<typeof StaticSelectSchema>

export const PlainTextInputSchema = z.object({
  type: z.literal('plain_text_input'),
  action_id: z.string(),
  multiline: z.boolean().optional(),
  max_length: z.number().int().optional(),
  placeholder: PlainTextSchema.optional(),
  initial_value: z.string().optional(),
})
export type PlainTextInput = z.infer<typeof PlainTextInputSchema>

export const InputElementSchema = z.union([DatepickerSchema, StaticSelectSchema, PlainTextInputSchema])
export type InputElement = z.infer<typeof InputElementSchema>

export const InputBlockSchema = z.object({
  type: z.literal('input'),
  block_id: z.string(),
  label: PlainTextSchema,
  optional: z.boolean().optional(),
  element: InputElementSchema,
  hint: PlainTextSchema.optional(),
})
export type InputBlock = z.infer<typeof InputBlockSchema>

export const BlockSchema = z.union([
  SectionBlockSchema,
  HeaderBlockSchema,
  ContextBlockSchema,
  ActionsBlockSchema,
  InputBlockSchema,
])
export type Block = z.infer<typeof BlockSchema>

export const ModalViewSchema = z.object({
  type: z.literal('modal'),
  callback_id: z.string(),
  title: PlainTextSchema,
  submit: PlainTextSchema.optional(),
  close: PlainTextSchema.optional(),
  private_metadata: z.string().optional(),
  blocks: z.array(BlockSchema),
})
export type ModalView = z.infer<typeof ModalViewSchema>

/** The App Home tab (views.publish): up to 100 blocks. */
export const HomeViewSchema = z.object({
  type: z.literal('home'),
  blocks: z.array(BlockSchema),
})
export type HomeView = z.infer<typeof HomeViewSchema>
