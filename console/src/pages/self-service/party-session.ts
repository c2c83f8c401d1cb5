/**
 * The party token a lookup returned (群众端查询凭证), kept in this tab only (sessionStorage) and
 * only until it expires: a phone passed around at a village office must not keep a key to
 * somebody's dispute.
 */
const KEY = "hub.party-session";

export interface PartySession {
  token: string;
  expiresAt: string;
  unifiedNumber: string;
}

export function currentPartySession(): PartySession | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as PartySession;
  if (new Date(session.expiresAt).getTime() <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function startPartySession(session: PartySession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function endPartySession(): void {
  sessionStorage.removeItem(KEY);
}

export function partyHeaders(): Record<string, string> {
  const session = currentPartySession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
