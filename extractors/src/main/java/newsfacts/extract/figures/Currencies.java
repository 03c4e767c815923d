package newsfacts.extract.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.lexicon.LexiconFormatException;

/**
 * The currency surface forms of {@code currencies.tsv} (next to this class; its header documents the
 * columns), matched at a given offset. Longest surface wins; a language-specific entry wins over a {@code *}
 * one. Latin and Cyrillic surfaces need a word boundary; CJK ones do not.
 */
public final class Currencies {
  static final String RESOURCE = "currencies.tsv";
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /** Where a surface may stand relative to the number. */
  public enum Where { PREFIX, SUFFIX, BOTH }

  /**
   * One surface form.
   *
   * @param surface the text as written
   * @param code ISO 4217 code
   * @param where prefix, suffix or both
   * @param langs languages it applies to; empty means all
   * @param caseSensitive letters must match exactly
   * @param stem more letters may follow (Russian case endings)
   * @param multiplier applied to the amount (0.01 for cents)
   * @param zhCode code in Chinese text, or null
   * @param twCode code in a Taiwan context, or null
   */
  public record Entry(String surface, String code, Where where, Set<String> langs, boolean caseSensitive,
      boolean stem, double multiplier, String zhCode, String twCode) {
    boolean appliesTo(String lang) {
      return langs.isEmpty() || langs.contains(lang);
    }

    boolean allows(boolean prefix) {
      return where == Where.BOTH || (prefix ? where == Where.PREFIX : where == Where.SUFFIX);
    }
  }

  /** A surface found in the text: the entry and where it ends. */
  public record Match(Entry entry, int start, int end) {}

  /**
   * The entries by the first char of their surface, lower and upper case, longest first: a dense table,
   * since it is asked at nearly every position of every text (a map would box and probe every char).
   */
  private final Entry[][] byFirst = new Entry[Character.MAX_VALUE + 1][];

  private Currencies(List<Entry> entries) {
    Map<Character, List<Entry>> m = new HashMap<>();
    for (Entry e : entries) {
      char f = Character.toLowerCase(e.surface().charAt(0));
      m.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
      char u = Character.toUpperCase(e.surface().charAt(0));
      if (u != f) {
        m.computeIfAbsent(u, k -> new ArrayList<>()).add(e);
      }
    }
    for (List<Entry> l : m.values()) {
      l.sort(Comparator.comparingInt((Entry e) -> -e.surface().length())
          .thenComparing(e -> e.langs().isEmpty()));
    }
    m.forEach((k, v) -> byFirst[k] = v.toArray(Entry[]::new));
    int reach = 0;
    for (Entry e : entries) {
      if (e.allows(true)) {
        reach = Math.max(reach, e.stem() ? Math.max(e.surface().length(), STEM_MAX) : e.surface().length());
      }
    }
    this.prefixReach = reach;
  }

  /** Most chars a stem surface is extended by its ending ("долларов"), counted from its start. */
  private static final int STEM_MAX = 20;

  /** The longest span a prefix match can have (stem endings included). */
  private final int prefixReach;

  /**
   * The longest span {@link #matchAt} can return for a prefix: a prefix currency starting at {@code i}
   * whose number starts more than this many chars (plus spaces) away cannot be found there.
   */
  int prefixReach() {
    return prefixReach;
  }

  /** The packaged table. */
  public static Currencies load() {
    InputStream in = Currencies.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Unable to load the packaged " + RESOURCE));
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new Currencies(parse(r, "classpath:newsfacts/extract/figures/" + RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load the packaged " + RESOURCE, e);
    }
  }

  static List<Entry> parse(BufferedReader r, String file) throws IOException {
    List<Entry> out = new ArrayList<>();
    Map<String, List<Entry>> seen = new HashMap<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 5) {
        throw new LexiconFormatException(file, n, line, "expected 5 tab-separated columns, got " + c.length);
      }
      if (!CODE.matcher(c[1]).matches()) {
        throw new LexiconFormatException(file, n, line, "code must be 3 upper-case letters, got '" + c[1] + "'");
      }
      Where where;
      try {
        where = Where.valueOf(c[2].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(file, n, line, "where must be prefix, suffix or both, got '" + c[2] + "'");
      }
      Set<String> langs = c[3].equals("*") ? Set.of() : Set.of(c[3].split(","));
      boolean cs = false;
      boolean stem = false;
      double mult = 1;
      String zh = null;
      String tw = null;
      if (!c[4].equals("-")) {
        for (String o : c[4].split(",")) {
          if (o.equals("case")) {
            cs = true;
          } else if (o.equals("stem")) {
            stem = true;
          } else if (o.startsWith("x=")) {
            mult = Double.parseDouble(o.substring(2));
          } else if (o.startsWith("zh=") && CODE.matcher(o.substring(3)).matches()) {
            zh = o.substring(3);
          } else if (o.startsWith("tw=") && CODE.matcher(o.substring(3)).matches()) {
            tw = o.substring(3);
          } else {
            throw new LexiconFormatException(file, n, line, "unknown option '" + o + "'");
          }
        }
      }
      Entry e = new Entry(c[0], c[1], where, langs, cs, stem, mult, zh, tw);
      String key = cs ? c[0] : c[0].toLowerCase(Locale.ROOT);
      for (Entry other : seen.getOrDefault(key, List.of())) {
        boolean overlap = other.langs().isEmpty() && langs.isEmpty()
            || other.langs().stream().anyMatch(langs::contains);
        if (overlap) {
          throw new LexiconFormatException(file, n, line, "duplicate surface '" + c[0] + "' for the same languages");
        }
      }
      seen.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      out.add(e);
    }
    return out;
  }

  /** True for a Latin or Cyrillic letter (the scripts whose words need boundaries). */
  static boolean wordChar(char c) {
    return WORD_CHARS[c];
  }

  /** {@link #wordChar} for every char, worked out once: it is asked for nearly every char of every text. */
  private static final boolean[] WORD_CHARS = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetter(c)) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        WORD_CHARS[c] = s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC;
      }
    }
  }

  /**
   * The longest surface starting at {@code i} usable in {@code lang} before ({@code prefix}) or after a number.
   */
  public Match matchAt(String text, int i, String lang, boolean prefix) {
    if (i >= text.length()) {
      return null;
    }
    Entry[] cands = byFirst[text.charAt(i)];
    if (cands == null) {
      return null;
    }
    for (Entry e : cands) {
      if (!e.appliesTo(lang) || !e.allows(prefix)) {
        continue;
      }
      String s = e.surface();
      if (!(e.caseSensitive() ? text.startsWith(s, i) : CaseFold.regionMatches(text, i, s))) {
        continue;
      }
      int end = i + s.length();
      if (wordChar(s.charAt(0)) && i > 0 && (wordChar(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1)))
          && prefix) {
        continue;
      }
      if (e.stem()) {
        while (end < text.length() && end - i < STEM_MAX && wordChar(text.charAt(end))) {
          end++;
        }
      } else if (wordChar(s.charAt(s.length() - 1)) && end < text.length() && wordChar(text.charAt(end))) {
        continue;
      }
      return new Match(e, i, end);
    }
    return null;
  }
}
