import { checkedId, type HubContext, notFound } from "@hub/kit";
import { LockMode } from "@mikro-orm/core";

// Helpers of a sending mutation. (Generic: lockCase belongs in the kit next to offerHandoff.)

/**
 * Loads a case to hand it off, locking its row until the transaction ends: two calls for one
 * case queue here, so a repeated call (same idempotency key) sees the first one's handoff.
 */
export async function lockCase<T extends object>(tx: HubContext, entity: new (...args: never[]) => T, id: string): Promise<T> {
  const row = await tx.em.findOne(entity, { id: checkedId(entity.name, id) } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row) throw notFound(entity.name, id);
  return row;
}

/**
 * Text from another agency's answer, made fit for a field checked with requireText: control
 * characters dropped, bounded, never empty. A hook must not refuse an answer over its wording:
 * the answer would be retried forever.
 */
export function answerText(text: string | null | undefined, maxLength: number, fallback: string): string {
  const clean = (text ?? "").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
  return clean.length === 0 ? fallback : clean.slice(0, maxLength);
}
