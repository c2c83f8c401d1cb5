/**
 * Chinese partial-name search. PostgreSQL's trigram index cannot serve one- or two-character
 * patterns (most Chinese given names and surnames are that short), so every party name is cut
 * into all its single characters and adjacent pairs, kept in a GIN-indexed text[] column:
 * 王建国 → 王 建 国 王建 建国. A one-character query is one array element; a longer query is all its
 * pairs, and the candidates are rechecked against the whole names, since 王建 + 建国 could come from
 * two different names.
 */

function normalised(name: string): string[] {
  return [...name.normalize("NFKC").toLowerCase().replace(/\s+/g, "")];
}

export function nameGrams(names: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const name of names) {
    const chars = normalised(name);
    chars.forEach((c, i) => {
      grams.add(c);
      if (i + 1 < chars.length) grams.add(c + chars[i + 1]);
    });
  }
  return [...grams];
}

/** The grams a name query needs, and the normalised query for the recheck. */
export function queryGrams(query: string): { grams: string[]; needle: string } {
  const chars = normalised(query);
  const grams = chars.length === 1 ? chars : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return { grams: [...new Set(grams)], needle: chars.join("") };
}
