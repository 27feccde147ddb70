// Who the people behind owner ids are, as each connected platform sees them (SPEC §11). The core
// asks through this seam; the Slack adapter answers from users.info, Teams from the personal chats
// it has a conversation reference for. Ids stay opaque: no platform is guessed from a pattern.

/** 'active': a current user; 'gone': the platform says deleted or not found; 'unknown': cannot tell. */
export type Presence = 'active' | 'gone' | 'unknown'

export interface PeopleDirectory {
  platform: 'slack' | 'teams'
  presence(user: string): Promise<Presence>
  /** The channel reference of a direct message to `user`, when this platform can reach them. */
  directChannel(user: string): Promise<string | undefined>
}

export function isPeopleDirectory(value: object): value is PeopleDirectory {
  const v = value as Partial<PeopleDirectory>
  return typeof v.presence === 'function' && typeof v.directChannel === 'function'
}

/**
 * An owner is unowned when empty, or when some connected platform says the user is gone and none
 * knows them as active (SPEC §11). With no platform connected only an empty owner is unowned.
 */
export async function isUnownedBy(owner: string, directories: readonly PeopleDirectory[]): Promise<boolean> {
  if (owner.trim() === '') return true
  const answers = await Promise.all(directories.map((d) => d.presence(owner)))
  return answers.includes('gone') && !answers.includes('active')
}
