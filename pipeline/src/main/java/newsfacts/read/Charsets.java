package newsfacts.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Charset names as browsers treat them, and strict or lenient decoding.
 *
 * <p>A label is mapped to the superset browsers really decode with (WHATWG Encoding Standard):
 * ISO-8859-1 and US-ASCII to windows-1252 (otherwise {@code €„—} in real pages turn into U+FFFD),
 * GB2312/GBK to GB18030, Shift_JIS to windows-31j (CP932, with the NEC/IBM extensions), Big5 to
 * Big5-HKSCS.
 */
final class Charsets {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Chars decoded at a time by {@link #decodesCleanly}. */
  static final int CHUNK = 8192;

  private static final Map<String, String> SUPERSETS = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"),
      Map.entry("iso8859-1", "windows-1252"),
      Map.entry("iso_8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"),
      Map.entry("l1", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"),
      Map.entry("ascii", "windows-1252"),
      Map.entry("cp1252", "windows-1252"),
      Map.entry("gb2312", "GB18030"),
      Map.entry("gbk", "GB18030"),
      Map.entry("x-gbk", "GB18030"),
      Map.entry("cp936", "GB18030"),
      Map.entry("euc-cn", "GB18030"),
      Map.entry("x-euc-cn", "GB18030"),
      Map.entry("shift_jis", "windows-31j"),
      Map.entry("shift-jis", "windows-31j"),
      Map.entry("x-sjis", "windows-31j"),
      Map.entry("sjis", "windows-31j"),
      Map.entry("ms_kanji", "windows-31j"),
      Map.entry("cp932", "windows-31j"),
      Map.entry("ms932", "windows-31j"),
      Map.entry("big5", "Big5-HKSCS"),
      Map.entry("x-x-big5", "Big5-HKSCS"),
      Map.entry("cp950", "Big5-HKSCS"),
      Map.entry("cp866", "IBM866"),
      Map.entry("866", "IBM866"),
      Map.entry("cp1251", "windows-1251"),
      Map.entry("x-euc-jp", "EUC-JP"),
      Map.entry("eucjp", "EUC-JP"));

  private Charsets() {}

  /**
   * The charset to decode a declared or detected label with, or null when the label is unknown.
   */
  static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String key = label.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return null;
    }
    String name = SUPERSETS.getOrDefault(key, key);
    try {
      Charset charset = Charset.forName(name);
      if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
        return WINDOWS_1252;
      }
      return charset;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * True when {@code bytes[offset..]} decodes in {@code charset} without a single malformed or
   * unmappable sequence, and without U+FFFD in the result (some decoders, windows-1252's five holes,
   * map undefined bytes to U+FFFD without reporting them).
   *
   * <p>Decoded {@value #CHUNK} chars at a time into one buffer, and a failure is a {@link CoderResult},
   * not a thrown {@code MalformedInputException}: most trial decodes of a legacy page in a wrong
   * charset fail, and each used to allocate the whole text and fill in a stack trace.
   */
  static boolean decodesCleanly(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(Math.min(CHUNK, Math.max(16, bytes.length - offset)));
    boolean flushing = false;
    while (true) {
      CoderResult result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      out.flip();
      if (hasReplacement(out)) {
        return false;
      }
      out.clear();
      if (result.isUnderflow()) {
        if (flushing) {
          return true;
        }
        flushing = true;
      }
    }
  }

  private static boolean hasReplacement(CharBuffer chars) {
    char[] a = chars.array();
    for (int i = chars.arrayOffset() + chars.position(), end = chars.arrayOffset() + chars.limit(); i < end; i++) {
      if (a[i] == '\uFFFD') {
        return true;
      }
    }
    return false;
  }

  /** Decodes {@code bytes[offset..]}, replacing malformed input with U+FFFD. */
  static String decode(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}
