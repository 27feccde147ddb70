// Read commands ignore politeness (SPEC §4.1): "renewals next month please?" is "renewals next month".
const LEADING = /^(?:(?:please|pls|kindly)\b[\s,]*)+/i
const TRAILING = /(?:[\s,]*(?:please|pls|thanks|thank you|thx)\b)*[\s.!?]*$/i

export function stripCourtesy(args: string): string {
  return args.trim().replace(LEADING, '').replace(TRAILING, '').trim()
}
