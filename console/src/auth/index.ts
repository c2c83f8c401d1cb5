/**
 * Who is signed in, and how they got their token. Development signs in with the demo identities
 * the gateway lists at /dev/identities (dev.ts); production with the agencies' OpenID provider
 * (oidc.ts, authorization code + PKCE), as /console/config.json says. Pages only call these.
 */
export interface Identity {
  /** What the sign-in page shows, e.g. 调解员（红塔区调解中心）. */
  label: string;
  subject: string;
  agencyId: string;
  agencyKind: string;
  roles: string[];
  divisionScope: string[];
}

export interface Session {
  token: string;
  identity: Identity;
  /** Milliseconds since the epoch; the token is refused after it. */
  expiresAt: number;
  /** Signed in at the OpenID provider: its ID token, to end the provider's session at sign-out. */
  idToken?: string;
}

// sessionStorage: a session ends with the tab, and another tab may sign in as someone else.
const SESSION_KEY = "hub.session";
const NOTICE_KEY = "hub.signInNotice";

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    return session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function startSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  sessionStorage.removeItem(NOTICE_KEY);
}

/** Ends the session; `notice` is shown on the sign-in page (e.g. why the session ended). */
export function endSession(notice?: string): void {
  sessionStorage.removeItem(SESSION_KEY);
  if (notice) sessionStorage.setItem(NOTICE_KEY, notice);
}

/** The notice left by endSession, once. */
export function takeSignInNotice(): string | null {
  const notice = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return notice;
}

/** Headers of every request to the gateway; a stated purpose travels URI-encoded (headers are Latin-1). */
export function authHeaders(purpose?: string): Record<string, string> {
  const session = currentSession();
  return {
    ...(session ? { authorization: `Bearer ${session.token}` } : {}),
    ...(purpose ? { "x-hub-purpose": encodeURIComponent(purpose) } : {}),
  };
}

/** Sign-out: the console's session, and the provider's when the person signed in there. */
export async function signOut(goToSignIn: () => void): Promise<void> {
  const session = currentSession();
  endSession();
  if (session?.idToken) {
    const { oidcSignOut, signInSettings } = await import("./oidc.ts");
    const settings = await signInSettings();
    if (settings.kind === "oidc") return oidcSignOut(settings, session.idToken);
  }
  goToSignIn();
}

export const SESSION_EXPIRED = "登录已过期，请重新选择身份登录。";
