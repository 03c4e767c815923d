package newsfacts.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Company names no lexicon lists, read from the two forms of a name that say "company" on their own: a run of
 * capitalised Latin words ending in a company word ("Peak Capital", "Valor Equity Partners", "Lumo Labs",
 * "Constellation Energy"), or before a legal form, which is not part of the name ("FD Mediagroep B.V.",
 * "Frankfurter Allgemeine Zeitung GmbH"); and a Russian name in quotes («», „“, "") after a company word (with at most two attributes between: "дистрибьютора
 * серверного оборудования \"Ф-Тех\"") ("компания
 * «Ф-Тех»", "ПАО «Аквариус»", "дистрибьютора \"Ф-Тех\"").
 *
 * <p>At most four name words, each starting with a capital; the run stops at a word that ends a sentence or
 * a clause (".", ","), a possessive ("Singapore's"), a function word, a month or weekday, a Dutch adjective of
 * origin ("het Utrechtse Lumo Labs", "de Britse Balderton Capital") and a role noun ("Finanzinvestor", "KI-Start-up").
 * A company word followed by another capitalised word is inside a longer name ("Ontario Energy Board"),
 * and German "Partners" is a genitive ("des Partners"). A run whose words are all generic ("Working Group", "Research Labs", "Investment Bank") is no name. Only free
 * text is read: a run touching a lexicon match ("Meta Superintelligence Labs", "Nvidia Corp.") is left alone.
 */
final class CompanyNames {
  private CompanyNames() {}

  /** A name found: its span and the name (without a legal form). */
  record Found(int start, int end, String name) {}

  /** Most name words before a company word or legal form ("Bodycote Materials Testing Canada Inc."). */
  private static final int MAX_WORDS = 4;

  /** Last words of a company name that are part of it ("Corp." too: "China International Capital Corp."). */
  private static final Set<String> COMPANY_WORDS = Set.of("Capital", "Ventures", "Partners", "Labs",
      "Technologies", "Group", "Gruppe", "Groep", "Holding", "Holdings", "Energy", "Semiconductor", "Semiconductors",
      "Robotics", "Networks", "Securities", "Investments", "Electronics", "Industries", "Microsystems",
      "Instruments", "Telecom", "Therapeutics", "Corp.", "Corporation");

  /** Legal forms after a name, not part of it. */
  private static final Set<String> LEGAL_FORMS = Set.of("GmbH", "AG", "SE", "N.V.", "B.V.", "NV", "BV", "Inc.",
      "Inc", "Ltd.", "Ltd", "LLC", "plc", "PLC", "S.A.", "KGaA");

  /** Words that open no name (lower case): articles, prepositions, pronouns, months, weekdays, conjunctions. */
  private static final Set<String> STOP = Set.of("the", "a", "an", "der", "die", "das", "den", "dem", "des",
      "ein", "eine", "einer", "eines", "de", "het", "een", "in", "on", "at", "for", "of", "by", "with", "and", "und",
      "en", "als", "bei", "für", "von", "van", "mit", "zu", "zum", "zur", "auf", "im", "am", "door", "voor", "met",
      "bij", "naar", "over", "uit", "this", "that", "its", "their", "our", "his", "her", "also", "but", "aber",
      "maar", "ook", "auch", "nach", "from", "to", "as", "is", "was", "wie", "while", "when", "after", "before",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
      "januari", "februari", "maart", "mei", "augustus", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "my", "your", "ceo", "cfo", "cto", "chief", "via", "laut", "volgens", "according", "says", "said");

  /** Words that make a name generic when every word of the run is one of them (lower case). */
  private static final Set<String> GENERIC = Set.of("working", "research", "expert", "advisory", "study", "focus",
      "peer", "industry", "interest", "task", "investment", "development", "central", "national", "world",
      "european", "global", "international", "private", "public", "venture", "equity", "data", "ai", "tech",
      "technology", "media", "energy", "capital", "growth", "strategic", "innovation", "digital", "cloud",
      "semiconductor", "chip", "chips", "new", "big", "top", "leading", "major", "asian", "american", "german",
      "dutch", "russian", "chinese", "japanese", "british", "french", "open", "source", "quantum", "socialist",
      "liberal", "green", "greens", "conservative", "political", "parliamentary", "collaborator", "brands");

  /** Endings of role nouns that stand before a name, not in it (lower case): "Finanzinvestor", "KI-Start-up". */
  private static final String[] ROLE_ENDINGS = {"investor", "konzern", "hersteller", "anbieter", "firma",
      "unternehmen", "start-up", "startup", "fonds", "gesellschaft", "tochter", "spezialist", "entwickler",
      "betreiber", "versorger", "geldgeber", "chipmaker", "maker", "firm", "fund", "bedrijf", "belegger",
      "durchbruch", "chef", "chief", "founder", "gründer", "oprichter"};

  /** Russian company words before a name in guillemets (stems: "компания", "компании", "компанией"...). */
  private static final String[] RU_COMPANY_WORDS = {"компани", "банк", "групп", "холдинг", "фонд", "инвесткомпани",
      "госкорпораци", "корпораци", "оператор", "разработчик", "производител", "стартап", "ООО", "АО", "ПАО",
      "ЗАО", "ОАО", "АНО", "интегратор", "дистрибьютор", "поставщик"};

  /** The names in {@code text} whose every char is {@code free}, in text order. */
  static List<Found> find(String text, IntPredicate free, java.util.function.IntFunction<String> langAt) {
    List<Found> out = new ArrayList<>();
    latin(text, free, langAt, out);
    russian(text, free, out);
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  /** A word of the text: its span. */
  private record Word(int start, int end) {
    String of(String t) {
      return t.substring(start, end);
    }
  }

  /** Company words and legal forms by length, for a test without allocation at every word of a text. */
  private static final String[][] TRIGGERS = triggers();

  private static String[][] triggers() {
    java.util.Map<Integer, List<String>> by = new java.util.HashMap<>();
    for (Set<String> set : List.of(COMPANY_WORDS, LEGAL_FORMS)) {
      for (String w : set) {
        by.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
      }
    }
    String[][] out = new String[by.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1][];
    by.forEach((len, words) -> out[len] = words.toArray(String[]::new));
    return out;
  }

  /** True when the word {@code [i, j)} is a company word or a legal form. */
  private static boolean trigger(String t, int i, int j) {
    int len = j - i;
    if (len >= TRIGGERS.length || TRIGGERS[len] == null) {
      return false;
    }
    for (String w : TRIGGERS[len]) {
      if (t.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** How far before a company word (chars) its name words are read: four words of a name fit. */
  private static final int WINDOW = 240;

  /**
   * Walks the words of the text; at a company word or legal form, reads the name before it from the words of a
   * window around it (the words of the whole text are never listed: this runs over every passage).
   */
  private static void latin(String t, IntPredicate free, java.util.function.IntFunction<String> langAt,
      List<Found> out) {
    int n = t.length();
    int i = 0;
    int skipUntil = -1; // after "Lumo Labs Inc.", the legal form is read with the name
    while (i < n) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        i++;
        continue;
      }
      int j = wordEnd(t, i);
      if (i >= skipUntil && trigger(t, i, j)) {
        int from = Math.max(0, i - WINDOW);
        while (from > 0 && from < i && Character.isLetterOrDigit(t.charAt(from - 1))) {
          from++; // start the window at a word start
        }
        List<Word> words = words(t, from, Math.min(n, j + 40));
        int k = 0;
        while (k < words.size() && words.get(k).start() != i) {
          k++;
        }
        if (k < words.size()) {
          skipUntil = nameBefore(t, words, k, free, langAt, out);
        }
      }
      i = j;
    }
  }

  /**
   * The name before the company word or legal form {@code words[k]}, added to {@code out} if there is one; returns
   * the offset up to which later triggers are part of this name (the legal form after a company word), else -1.
   */
  private static int nameBefore(String t, List<Word> words, int k, IntPredicate free,
      java.util.function.IntFunction<String> langAt, List<Found> out) {
    Word w = words.get(k);
    String s = w.of(t);
    boolean legal = LEGAL_FORMS.contains(s);
    boolean company = COMPANY_WORDS.contains(s) && !(s.equals("Partners") && "de".equals(langAt.apply(w.start())));
    if (!legal && !company) {
      return -1; // German "des Partners" is a genitive
    }
    Word next = k + 1 < words.size() && spaceBetween(t, w, words.get(k + 1)) ? words.get(k + 1) : null;
    if (company && next != null && Character.isUpperCase(t.charAt(next.start()))
        && !LEGAL_FORMS.contains(next.of(t))) {
      return -1; // the name goes on: "Ontario Energy Board", "Printing Industries Association"
    }
    // the name words before it: capitalised, one space apart, none a stop word, role noun or clause end
    int first = k;
    while (first > 0 && k - first < MAX_WORDS) {
      Word p = words.get(first - 1);
      if (!spaceBetween(t, p, words.get(first)) || !nameWord(p.of(t))) {
        break;
      }
      first--;
    }
    while (first < k && words.get(first).of(t).chars().allMatch(Character::isDigit)) {
      first++; // a number before the name is no part of it: "(c) 2026 Asia Tech Wire Ltd."
    }
    if (first == k) {
      return -1;
    }
    int nameEnd = legal ? w.start() - 1 : w.end(); // a legal form is not part of the name
    int start = words.get(first).start();
    boolean generic = true;
    for (int j = first; j <= (legal ? k - 1 : k); j++) {
      if (!GENERIC.contains(words.get(j).of(t).toLowerCase(Locale.ROOT))
          && !COMPANY_WORDS.contains(words.get(j).of(t))) {
        generic = false;
      }
    }
    if (generic || !allFree(free, start, w.end())) {
      return -1;
    }
    out.add(new Found(start, nameEnd, t.substring(start, nameEnd)));
    return company && next != null ? next.end() : -1;
  }

  /** True for a word that can be part of a name before a company word. */
  private static boolean nameWord(String s) {
    char c = s.charAt(0);
    if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (STOP.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("s'")) {
      return false;
    }
    if (lower.length() > 4 && lower.endsWith("se") && Character.isLowerCase(s.charAt(1))) {
      return false; // Dutch adjectives of origin: "Utrechtse", "Britse", "Amerikaanse"
    }
    for (String r : ROLE_ENDINGS) {
      if (lower.endsWith(r)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of {@code t} in {@code [from, to)}: runs of letters, digits and {@code & . ' ’ -} inside a word (a
   * trailing "." or "-" is not part of it, except in a legal form or initials such as "N.V.").
   */
  private static List<Word> words(String t, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        i++;
        continue;
      }
      int j = wordEnd(t, i);
      out.add(new Word(i, j));
      i = j;
    }
    return out;
  }

  /** The end of the word starting at {@code i} (see {@link #words}). */
  private static int wordEnd(String t, int i) {
    int n = t.length();
    int j = i;
    while (j < n && (Character.isLetterOrDigit(t.charAt(j)) || (j + 1 < n && "&'’-.".indexOf(t.charAt(j)) >= 0
        && Character.isLetterOrDigit(t.charAt(j + 1))))) {
      j++;
    }
    // "B.V." and "Inc." keep their final dot; a sentence's last word does not
    if (j < n && t.charAt(j) == '.' && (LEGAL_FORMS.contains(t.substring(i, j + 1))
        || COMPANY_WORDS.contains(t.substring(i, j + 1)))) {
      j++;
    }
    return j;
  }

  /** True when exactly one space separates two words (no punctuation: "Wit. Lumo Labs" is two runs). */
  private static boolean spaceBetween(String t, Word a, Word b) {
    return b.start() - a.end() == 1 && t.charAt(a.end()) == ' ';
  }

  /** The closing quotes of « „ " “, in that order. */
  private static final String CLOSE_QUOTES = "»“\"”";

  private static void russian(String t, IntPredicate free, List<Found> out) {
    for (int q = 0; q < t.length(); q++) {
      char c = t.charAt(q);
      int kind = c == '«' ? 0 : c == '„' ? 1 : c == '"' ? 2 : c == '“' ? 3 : -1;
      if (kind < 0 || !cyrillicBefore(t, q)) {
        continue; // the company word before a Russian name's quote is Cyrillic
      }
      int close = -1;
      for (int k = q + 1; k < Math.min(t.length(), q + 42); k++) {
        if (t.charAt(k) == CLOSE_QUOTES.charAt(kind)) {
          close = k;
          break;
        }
      }
      if (close < 0 || close - q - 1 < 2 || close - q - 1 > 40) {
        continue;
      }
      String name = t.substring(q + 1, close).strip();
      if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || name.indexOf('«') >= 0
          || name.indexOf('\n') >= 0) {
        continue;
      }
      boolean companyWord = false;
      int e = q;
      for (int words = 0; words <= RU_BETWEEN && !companyWord; words++) {
        while (e > 0 && t.charAt(e - 1) == ' ') {
          e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
          b--;
        }
        if (b == e) {
          break;
        }
        String word = t.substring(b, e);
        companyWord = ruCompanyWord(word);
        if (!companyWord && (!Character.isLowerCase(word.charAt(0)) || ruVerb(word))) {
          break; // only attributes between: "дистрибьютора серверного оборудования "Ф-Тех"", not "выпустила «Алису»"
        }
        e = b;
      }
      int start = q + 1 + t.substring(q + 1, close).indexOf(name);
      if (companyWord && allFree(free, q, close + 1)) {
        out.add(new Found(start, start + name.length(), name));
      }
    }
  }

  /** Most lower-case words between a Russian company word and the name's quote. */
  private static final int RU_BETWEEN = 2;

  /** Past-tense and present endings: a verb between a company word and a quote ends the search. */
  private static final String[] RU_VERB_ENDINGS = {"ла", "ли", "ло", "ал", "ил", "ел", "ет", "ит", "ют", "ят", "ат"};

  private static boolean ruVerb(String word) {
    for (String v : RU_VERB_ENDINGS) {
      if (word.endsWith(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ruCompanyWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String w : RU_COMPANY_WORDS) {
      boolean stem = Character.isLowerCase(w.charAt(0));
      if (stem ? lower.startsWith(w) && word.length() <= w.length() + 3 : word.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when the last letter before {@code q} (past spaces) is Cyrillic. */
  private static boolean cyrillicBefore(String t, int q) {
    int k = q;
    while (k > 0 && t.charAt(k - 1) == ' ') {
      k--;
    }
    return k > 0 && Character.UnicodeScript.of(t.charAt(k - 1)) == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean allFree(IntPredicate free, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!free.test(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name as an id: lower case, runs of other chars as one hyphen, none at the ends ("Peak Capital" is {@code
   * peak-capital}); also the id start of a model family's sub-brand prefix ({@link EntityDictionary}).
   */
  static String slug(String name) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < name.length(); k++) {
      char c = Character.toLowerCase(name.charAt(k));
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }
}
