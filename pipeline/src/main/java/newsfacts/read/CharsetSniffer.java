package newsfacts.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Finds the charset of text bytes; decoding is left to the caller (like Tika's {@code
 * EncodingDetector}, this only detects). Thread-safe and stateless.
 *
 * <p>The order, first hit wins:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE);
 *   <li>bytes that are valid UTF-8 with at least one multi-byte sequence are UTF-8, whatever a
 *       declaration says (a page declaring gb2312 that is really UTF-8 comes out right);
 *   <li>7-bit bytes with ISO-2022 escapes are ISO-2022-JP;
 *   <li>the declared charset (the caller's hint from a Content-Type, else an XML declaration or
 *       HTML {@code <meta>} in the first {@value #DECLARATION_WINDOW} bytes), mapped to its browser
 *       superset by {@link Charsets#forLabel}, when the bytes decode cleanly in it;
 *   <li>UTF-8 with a little damage ({@link #isMostlyUtf8}) is UTF-8, decoded with U+FFFD;
 *   <li>Tika's ICU-derived statistical detector, whose recognizers score language-specific byte
 *       n-grams and common characters: the best-ranked match among {@link #LEGACY} that decodes the
 *       bytes without a malformed sequence;
 *   <li>windows-1252, which decodes almost anything.
 * </ol>
 */
final class CharsetSniffer {
  /** How far into the bytes a charset declaration is looked for. */
  static final int DECLARATION_WINDOW = 8192;
  /** Most characters between {@code <?xml} and {@code encoding}. */
  static final int XML_GAP = 200;
  /** Most characters between {@code <meta} and {@code charset}. */
  static final int META_GAP = 400;
  /** Longest charset label taken from a declaration. */
  private static final int MAX_LABEL = 40;
  /** How many bytes the statistical detector looks at. */
  static final int DETECTION_WINDOW = LegacyRecognizers.SAMPLE_BYTES;
  /** Fewest well-formed multi-byte sequences for damaged bytes to still count as UTF-8. */
  static final int MOSTLY_UTF8_MIN = 8;

  /** The legacy charsets newsfacts expects (six languages); detector answers outside are ignored. */
  static final Set<Charset> LEGACY = Set.of(
      Charset.forName("windows-31j"), Charset.forName("EUC-JP"), Charset.forName("ISO-2022-JP"),
      Charset.forName("GB18030"), Charset.forName("Big5-HKSCS"), Charset.forName("KOI8-R"),
      Charset.forName("windows-1251"), Charset.forName("IBM866"), Charsets.WINDOWS_1252);

  private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

  /** How the charset was found. */
  enum Basis { BOM, UTF8, ESCAPES, DECLARED, DETECTED, FALLBACK }

  /**
   * The sniffing result.
   *
   * @param charset the charset to decode with
   * @param basis how it was found
   * @param bomLength bytes of byte-order mark to skip before decoding
   * @param declared the declared label when there was one (kept for warnings), else null
   */
  record Choice(Charset charset, Basis basis, int bomLength, String declared) {}

  /**
   * The choice, and the text decoded with it.
   *
   * @param choice how the bytes are decoded
   * @param text the bytes after the byte-order mark, decoded in {@code choice.charset()} with U+FFFD
   *     for malformed input
   */
  record Decoded(Choice choice, String text) {}

  /**
   * @param bytes the raw bytes
   * @param hint a charset label from outside the bytes (HTTP or feed Content-Type), or null
   */
  Choice sniff(byte[] bytes, String hint) {
    return choose(bytes, hint).choice();
  }

  /**
   * Sniffs and decodes: what {@link #sniff} chooses, and {@link Charsets#decode} of the bytes with it.
   * A page that is valid UTF-8 is decoded once, not once to check and once more to read.
   */
  Decoded decode(byte[] bytes, String hint) {
    Decoded d = choose(bytes, hint);
    return d.text() != null ? d : new Decoded(d.choice(), Charsets.decode(bytes, d.choice().bomLength(), d.choice().charset()));
  }

  /** The choice, with the text when it was decoded on the way (valid UTF-8), else a null text. */
  private Decoded choose(byte[] bytes, String hint) {
    Choice bom = bom(bytes);
    if (bom != null) {
      return new Decoded(bom, null);
    }
    String declared = hint != null && Charsets.forLabel(hint) != null ? hint : declaredIn(bytes);
    boolean ascii = isAscii(bytes);
    if (!ascii) {
      // Decoding with replacement gives U+FFFD exactly where a strict decode would fail (or where the
      // text has a U+FFFD of its own, which Charsets.decodesCleanly refuses too).
      String utf8 = new String(bytes, StandardCharsets.UTF_8);
      if (utf8.indexOf('\uFFFD') < 0) {
        return new Decoded(new Choice(StandardCharsets.UTF_8, Basis.UTF8, 0, declared), utf8);
      }
    }
    return new Decoded(legacy(bytes, ascii, declared), null);
  }

  private Choice legacy(byte[] bytes, boolean ascii, String declared) {
    if (ascii && hasIso2022Escapes(bytes)) {
      return new Choice(ISO_2022_JP, Basis.ESCAPES, 0, declared);
    }
    Charset declaredCharset = Charsets.forLabel(declared);
    if (declaredCharset != null && isAsciiCompatible(declaredCharset)
        && (ascii || Charsets.decodesCleanly(bytes, 0, declaredCharset))) {
      return new Choice(declaredCharset, Basis.DECLARED, 0, declared);
    }
    if (ascii || isMostlyUtf8(bytes)) {
      return new Choice(StandardCharsets.UTF_8, Basis.UTF8, 0, declared);
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      return new Choice(detected, Basis.DETECTED, 0, declared);
    }
    return new Choice(Charsets.WINDOWS_1252, Basis.FALLBACK, 0, declared);
  }

  /**
   * The charset label declared inside the first {@value #DECLARATION_WINDOW} bytes, or null: an XML
   * declaration ({@code <?xml ... encoding="x"}, case-sensitive, the label quoted) anywhere in the
   * window first, else an HTML {@code <meta ... charset=x} (ASCII case-insensitive, quotes optional).
   * Between {@code <?xml} and {@code encoding} at most {@value #XML_GAP} characters, between {@code
   * <meta} and {@code charset} at most {@value #META_GAP}, none of them {@code >}; a label is 1 to 40
   * of {@code A-Z a-z 0-9 . _ : -} (an XML label must end at its quote; a meta label longer than 40 is
   * cut at 40).
   *
   * <p>A scan of the bytes, not a regex over a String copy of the window: this runs on every text and
   * page, and the case-insensitive regex tried a match at every position.
   */
  static String declaredIn(byte[] bytes) {
    int n = Math.min(bytes.length, DECLARATION_WINDOW);
    for (int i = indexOf(bytes, '<', 0, n); i >= 0; i = indexOf(bytes, '<', i + 1, n)) {
      if (startsWith(bytes, i, n, "<?xml", false)) {
        String label = afterName(bytes, i + 5, n, XML_GAP, "encoding", false, true);
        if (label != null) {
          return label;
        }
      }
    }
    for (int i = indexOf(bytes, '<', 0, n); i >= 0; i = indexOf(bytes, '<', i + 1, n)) {
      if (startsWith(bytes, i, n, "<meta", true)) {
        String label = afterName(bytes, i + 5, n, META_GAP, "charset", true, false);
        if (label != null) {
          return label;
        }
      }
    }
    return null;
  }

  /**
   * The first label after {@code name} found at most {@code gap} characters after {@code from}, with
   * no {@code >} in between: {@code name \s* = \s*} then, when {@code xml}, a quote, the label and a
   * quote; else an optional quote, spaces and the label.
   */
  private static String afterName(byte[] b, int from, int n, int gap, String name, boolean ignoreCase, boolean xml) {
    for (int j = from; j <= from + gap && j < n; j++) {
      if (startsWith(b, j, n, name, ignoreCase)) {
        String label = xml ? quotedLabel(b, j + name.length(), n) : metaLabel(b, j + name.length(), n);
        if (label != null) {
          return label;
        }
      }
      if (b[j] == '>') {
        return null;
      }
    }
    return null;
  }

  private static String quotedLabel(byte[] b, int k, int n) {
    k = equalsSign(b, k, n);
    if (k < 0 || k >= n || !isQuote(b[k])) {
      return null;
    }
    int start = k + 1;
    int end = labelEnd(b, start, n);
    int length = end - start;
    return length >= 1 && length <= MAX_LABEL && end < n && isQuote(b[end]) ? latin1(b, start, end) : null;
  }

  private static String metaLabel(byte[] b, int k, int n) {
    k = equalsSign(b, k, n);
    if (k < 0) {
      return null;
    }
    if (k < n && isQuote(b[k])) {
      k++;
    }
    k = skipSpaces(b, k, n);
    int end = Math.min(labelEnd(b, k, n), k + MAX_LABEL);
    return end > k ? latin1(b, k, end) : null;
  }

  /** The index after {@code \s* = \s*} at {@code k}, or -1. */
  private static int equalsSign(byte[] b, int k, int n) {
    k = skipSpaces(b, k, n);
    if (k >= n || b[k] != '=') {
      return -1;
    }
    return skipSpaces(b, k + 1, n);
  }

  /** Skips the characters of the regex {@code \s}: space, tab, line feed, vertical tab, form feed, CR. */
  private static int skipSpaces(byte[] b, int k, int n) {
    while (k < n && (b[k] == ' ' || b[k] >= '\t' && b[k] <= '\r')) {
      k++;
    }
    return k;
  }

  private static int labelEnd(byte[] b, int k, int n) {
    while (k < n && isLabelChar(b[k])) {
      k++;
    }
    return k;
  }

  private static boolean isLabelChar(byte c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':'
        || c == '-';
  }

  private static boolean isQuote(byte c) {
    return c == '"' || c == '\'';
  }

  private static boolean startsWith(byte[] b, int at, int n, String ascii, boolean ignoreCase) {
    if (at + ascii.length() > n) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      int c = b[at + k];
      int want = ascii.charAt(k);
      if (c != want && !(ignoreCase && c >= 'A' && c <= 'Z' && c + ('a' - 'A') == want)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, char c, int from, int n) {
    for (int i = from; i < n; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static String latin1(byte[] b, int start, int end) {
    return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static Choice bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Choice(StandardCharsets.UTF_8, Basis.BOM, 3, null);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Choice(StandardCharsets.UTF_16BE, Basis.BOM, 2, null);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Choice(StandardCharsets.UTF_16LE, Basis.BOM, 2, null);
    }
    return null;
  }

  /** The best-ranked legacy charset that decodes the bytes cleanly, else the best-ranked one, else null. */
  private Charset detect(byte[] bytes) {
    byte[] sample = bytes.length <= DETECTION_WINDOW ? bytes : Arrays.copyOf(bytes, DETECTION_WINDOW);
    return LegacyRecognizers.best(sample, charset -> Charsets.decodesCleanly(bytes, 0, charset));
  }

  /**
   * True when the bytes are UTF-8 with a few invalid sequences: at least {@value #MOSTLY_UTF8_MIN}
   * well-formed multi-byte sequences and at most one invalid byte per ten of them. Such text is
   * decoded as UTF-8 with U+FFFD for the damage (and a warning), not as mojibake in a legacy charset.
   */
  static boolean isMostlyUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra == 0) {
        i++;
        continue;
      }
      boolean ok = extra > 0 && i + extra < bytes.length;
      for (int k = 1; ok && k <= extra; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += extra + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return valid >= MOSTLY_UTF8_MIN && invalid * 10 <= valid;
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasIso2022Escapes(byte[] bytes) {
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == 0x1B && (bytes[i + 1] == '$' || bytes[i + 1] == '(')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiCompatible(Charset charset) {
    String name = charset.name();
    return !name.startsWith("UTF-16") && !name.startsWith("UTF-32") && !name.startsWith("ISO-2022");
  }
}
