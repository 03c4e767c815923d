package newsfacts.extract.entity;

import newsfacts.extract.FactType;

/**
 * What one normalized alias key stands for. Several targets may share a key (a shared contextual
 * model alias; a Cyrillic stem and a Latin alias).
 *
 * @param type COMPANY or MODEL (family prefixes are MODEL with {@code prefix} set)
 * @param id company id, model id or (for a prefix) family id
 * @param contextual matched only with context
 * @param prefix a family prefix: only a following version makes a match
 * @param wordStart the alias starts with a Latin/Cyrillic letter or digit, so it needs a word start
 * @param wordEnd the alias ends with a Latin/Cyrillic letter or digit, so it needs a word end
 * @param cyrillicEnd the alias ends in a Cyrillic letter, so a Russian case ending may follow
 * @param stem the key is the alias minus its final vowel ({@code Алибаб} for {@code Алибаба}): an ending must follow
 * @param order position in the lexicon, the last tie-break
 * @param kanaStart the alias starts with katakana, so it may not continue a katakana word
 * @param kanaEnd the alias ends with katakana, so no katakana may follow
 * @param glued for a family prefix that is a common word ("Step"): the version must follow without a
 *     space ("Step-2", not "Step 2 of the plan")
 * @param exact for tickers: the text must be written exactly so ({@code BABA}, not {@code baba}); else null
 * @param capitals for a short alias in capitals ({@code VW}, {@code NEC}): the text may hold no lower-case
 *     letter ("vw" in a URL, "ft" for feet are not companies)
 * @param capitalStart for a contextual alias the lexicon writes with a Latin or Cyrillic capital first ("Arm", "Элемент"):
 *     the text must start with a capital too ("ByteDance’s cloud arm", "a moonshot", "элементами" are words)
 */
record Target(FactType type, String id, boolean contextual, boolean prefix, boolean wordStart, boolean wordEnd,
    boolean cyrillicEnd, boolean stem, boolean kanaStart, boolean kanaEnd, int order, boolean glued, String exact,
    boolean capitals, boolean capitalStart) {

  /** Longest alias, in code points, that must be written in capitals when the lexicon writes it so. */
  static final int CAPITALS_MAX = 3;

  /** True for a short alias written in capitals only: Latin capitals and digits, at least one capital. */
  static boolean capitalsOnly(String alias) {
    if (alias.codePointCount(0, alias.length()) > CAPITALS_MAX) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letter = true;
      } else if (!(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return letter;
  }
}
