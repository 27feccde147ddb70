// Keys of the delivery ledger (collection 'deliveries'). One key names one post in one channel, so
// "has this been posted?" is a single lookup and two sweeps can never disagree about identity.
import type { Topic } from '../domain/subscription.ts'

export function renewalKey(contractId: string, deadline: string, stage: number, channel: string): string {
  return `renewal|${contractId}|${deadline}|${stage}|${channel}`
}

/** One direct message per (contract, deadline, stage, owner), whichever platform reaches them. */
export function ownerMessageKey(contractId: string, deadline: string, stage: number, owner: string): string {
  return `renewal-dm|${contractId}|${deadline}|${stage}|${owner}`
}

export function escalationKey(contractId: string, deadline: string, stage: number, channel: string): string {
  return `escalation|${contractId}|${deadline}|${stage}|${channel}`
}

export type IncidentEvent = 'logged' | 'breach-response' | 'breach-resolution'

export function incidentKey(incidentId: string, event: IncidentEvent, channel: string): string {
  return `incident|${incidentId}|${event}|${channel}`
}

/** Weekly posts: 'digest|2027-W03|<channel>', 'risk|2027-W03|<channel>'. */
export function weeklyKey(
  topic: Extract<Topic, 'digest' | 'risk'>,
  isoWeek: string,
  channel: string,
): string {
  return `${topic}|${isoWeek}|${channel}`
}
