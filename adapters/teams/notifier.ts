// Proactive posts into Teams conversations for the reminder sweep: the stored conversation
// reference, continueConversation, the reply rendered as cards. Failures are reported in the
// Notifier's neutral terms: 403/404 mean the bot was removed (broken), 429 carries Retry-After.
import type { Logger } from 'pino'
import type { PeopleDirectory } from '../../src/domain/people.ts'
import type { Notifier, PostResult } from '../../src/reminders/notifier.ts'
import type { Reply } from '../../src/reply/reply.ts'
import type { StoreView } from '../../src/store/store.ts'
import { type BotFramework, describeSendError } from './bot-framework.ts'
import { renderReply } from './card.ts'
import { teamsPeople } from './personal-chats.ts'
import type { NameOf } from './text.ts'

export class TeamsNotifier implements Notifier, PeopleDirectory {
  readonly platform = 'teams' as const
  private readonly people: Pick<PeopleDirectory, 'presence' | 'directChannel'>

  constructor(
    private readonly store: StoreView,
    private readonly framework: BotFramework,
    private readonly log: Logger,
    private readonly nameOf: NameOf = () => undefined,
  ) {
    this.people = teamsPeople(store)
  }

  presence(user: string) {
    return this.people.presence(user)
  }

  directChannel(user: string) {
    return this.people.directChannel(user)
  }

  async post(channel: string, reply: Reply): Promise<PostResult> {
    const conversation = this.store.get('conversations', channel)
    if (conversation?.platform !== 'teams') {
      return {
        ok: false,
        error: `no conversation reference for ${channel}: add Tickler to that chat or team first`,
        broken: true,
      }
    }
    const activities = renderReply({ ...reply, private: false }, { nameOf: this.nameOf })
    try {
      await this.framework.continueConversation(conversation.reference, (io) => io.send(activities))
      return { ok: true }
    } catch (error) {
      const failure = describeSendError(error)
      const broken = failure.status === 403 || failure.status === 404
      this.log.warn({ channel, status: failure.status, err: failure.message }, 'Teams post failed')
      if (failure.status === 429) {
        return {
          ok: false,
          error: failure.message,
          broken: false,
          retryAfterSeconds: failure.retryAfterSeconds ?? 60,
        }
      }
      return { ok: false, error: failure.message, broken }
    }
  }
}
