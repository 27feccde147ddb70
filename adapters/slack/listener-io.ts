// What a Slack listener receives and may do, in SDK-free terms: the payload JSON fields Tickler
// reads, the ack, response_url and the few Web API calls it makes. bolt.ts is the one module that
// implements these over Bolt, so a move off Bolt means rewriting that file only.
import type { Block, HomeView, ModalView } from './blocks.ts'
import type { ViewStateValues } from './modal.ts'

/** Fields any payload may carry that say which workspace and which delivery it is. */
export interface SlackPayload {
  type?: string
  team_id?: string
  team?: { id?: string } | null
  user?: { id?: string; team_id?: string } | string
  authorizations?: { team_id?: string | null }[]
  event_id?: string
  command?: string
  trigger_id?: string
  action_ts?: string
  actions?: { action_ts?: string }[]
  /** The view a button sat on: `home` for the App Home tab (which has no channel). */
  view?: { id?: string; hash?: string; type?: string }
}

export interface SlashCommandPayload extends SlackPayload {
  command: string
  text?: string
  user_id: string
  team_id: string
  channel_id?: string
  trigger_id: string
}

export interface BlockActionsPayload extends SlackPayload {
  type: string
  user: { id: string; team_id?: string }
  channel?: { id: string }
  container?: { is_ephemeral?: boolean }
  trigger_id: string
}

export interface ButtonAction {
  type: string
  action_id: string
  value?: string
}

export interface ViewSubmissionPayload extends SlackPayload {
  user: { id: string; team_id?: string }
  view: {
    id?: string
    hash?: string
    private_metadata?: string
    blocks: { type: string; block_id?: string }[]
    state: { values: ViewStateValues }
  }
}

/** An Events API `app_mention` as Tickler reads it. */
export interface MentionEvent {
  type: string
  user?: string
  text: string
  channel: string
  ts: string
  thread_ts?: string
  team?: string
}

/** An Events API `message` (of any subtype) as Tickler reads it. */
export interface MessageEvent {
  type: string
  user?: string
  text?: string
  channel: string
  channel_type?: string
  subtype?: string
  bot_id?: string
}

/** An Events API `app_home_opened`: `tab` is 'home' or 'messages'. */
export interface HomeOpenedEvent {
  type: string
  user?: string
  channel?: string
  tab?: string
}

/** A message through response_url (or a slash command's ack). */
export interface ResponseMessage {
  text?: string
  blocks?: Block[]
  response_type?: 'ephemeral' | 'in_channel'
  replace_original?: boolean
  delete_original?: boolean
}

export type Respond = (message: ResponseMessage) => Promise<void>

/** A view_submission's answer: field errors inline, or the modal replaced. */
export type ViewAck =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update'; view: ModalView }

export interface OutgoingMessage {
  channel: string
  text: string
  blocks: Block[]
  thread_ts?: string
}

/** users.info's user: the fields a display name comes from, and whether the account is live. */
export interface SlackUser {
  id?: string
  deleted?: boolean
  name?: string
  real_name?: string
  profile?: { display_name?: string }
}

/** The Web API calls Tickler makes. */
export interface SlackClient {
  openView(triggerId: string, view: ModalView): Promise<void>
  postMessage(message: OutgoingMessage): Promise<void>
  postEphemeral(message: OutgoingMessage & { user: string }): Promise<void>
  userInfo(userId: string): Promise<SlackUser | undefined>
  /** users.lookupByEmail: the user an owner given as an email is (SPEC §11). */
  lookupByEmail(email: string): Promise<SlackUser | undefined>
  /** files.uploadV2: getUploadURLExternal, the upload, completeUploadExternal into `channel`. */
  uploadFile(file: {
    channel: string
    name: string
    content: string | Uint8Array
    alt?: string
  }): Promise<void>
  /** views.publish: replaces `user`'s App Home tab with `view`. */
  publishHome(user: string, view: HomeView): Promise<void>
}

export interface CommandIO {
  command: SlashCommandPayload
  ack(message?: ResponseMessage): Promise<void>
  respond: Respond
  client: SlackClient
}

export interface ButtonIO {
  body: BlockActionsPayload
  action: ButtonAction
  ack(): Promise<void>
  respond: Respond
  client: SlackClient
}

export interface SubmitIO {
  body: ViewSubmissionPayload
  ack(response?: ViewAck): Promise<void>
  client: SlackClient
}

/** Events are acknowledged before the listener runs. */
export interface EventIO<Event> {
  body: SlackPayload
  event: Event
  client: SlackClient
}

/** Where listeners are registered. */
export interface SlackListeners {
  command(pattern: RegExp, listener: (io: CommandIO) => Promise<void>): void
  button(actionId: RegExp | string, listener: (io: ButtonIO) => Promise<void>): void
  submit(callbackId: string, listener: (io: SubmitIO) => Promise<void>): void
  mention(listener: (io: EventIO<MentionEvent>) => Promise<void>): void
  message(listener: (io: EventIO<MessageEvent>) => Promise<void>): void
  homeOpened(listener: (io: EventIO<HomeOpenedEvent>) => Promise<void>): void
}

/** How the app finds its bot token and identity (auth.test, cached by the caller). */
export interface BotAuth {
  botToken: string
  botId?: string
  botUserId?: string
  teamId?: string
}
