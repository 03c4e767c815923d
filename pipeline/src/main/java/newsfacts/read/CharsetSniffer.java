package newsfacts.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  /** How many bytes the statistical detector looks at. */
  static final int DETECTION_WINDOW = LegacyRecognizers.SAMPLE_BYTES;
  /** Fewest well-formed multi-byte sequences for damaged bytes to still count as UTF-8. */
  static final int MOSTLY_UTF8_MIN = 8;

  /** The legacy charsets newsfacts expects (six languages); detector answers outside are ignored. */
  static final Set<Charset> LEGACY = Set.of(
      Charset.forName("windows-31j"), Charset.forName("EUC-JP"), Charset.forName("ISO-2022-JP"),
      Charset.forName("GB18030"), Charset.forName("Big5-HKSCS"), Charset.forName("KOI8-R"),
      Charset.forName("windows-1251"), Charset.forName("IBM866"), Charsets.WINDOWS_1252);

  private static final Pattern XML_DECLARATION =
      Pattern.compile("<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

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
   * @param bytes the raw bytes
   * @param hint a charset label from outside the bytes (HTTP or feed Content-Type), or null
   */
  Choice sniff(byte[] bytes, String hint) {
    Choice bom = bom(bytes);
    if (bom != null) {
      return bom;
    }
    String declared = hint != null && Charsets.forLabel(hint) != null ? hint : declaredIn(bytes);
    boolean ascii = isAscii(bytes);
    if (!ascii && Charsets.decodesCleanly(bytes, 0, StandardCharsets.UTF_8)) {
      return new Choice(StandardCharsets.UTF_8, Basis.UTF8, 0, declared);
    }
    if (ascii && hasIso2022Escapes(bytes)) {
      return new Choice(Charset.forName("ISO-2022-JP"), Basis.ESCAPES, 0, declared);
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

  /** The charset label declared inside the bytes (XML declaration or HTML meta), or null. */
  static String declaredIn(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
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

  private Charset detect(byte[] bytes) {
    byte[] sample = bytes.length <= DETECTION_WINDOW ? bytes : Arrays.copyOf(bytes, DETECTION_WINDOW);
    Charset fallback = null;
    for (Charset charset : LegacyRecognizers.rank(sample)) {
      if (Charsets.decodesCleanly(bytes, 0, charset)) {
        return charset;
      }
      if (fallback == null) {
        fallback = charset;
      }
    }
    return fallback;
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
