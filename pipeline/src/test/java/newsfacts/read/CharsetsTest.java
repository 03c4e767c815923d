package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strict trial decodes ({@link Charsets#decodesCleanly}) and the UTF-8 shortcut {@link CharsetSniffer} takes. */
class CharsetsTest {
  /** The exception-based check decodesCleanly replaced: the reference. */
  private static boolean byException(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      for (int i = 0; i < chars.length(); i++) {
        if (chars.get(i) == '\uFFFD') {
          return false;
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** What CharsetSniffer now asks instead of a strict UTF-8 decode. */
  private static boolean utf8WithoutReplacement(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0;
  }

  @Test
  void exactCases() {
    // A malformed byte, a lone continuation, windows-1252's unreported hole (0x81), a literal U+FFFD.
    assertTrue(Charsets.decodesCleanly("Grüße".getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8));
    assertFalse(Charsets.decodesCleanly(new byte[] {'a', (byte) 0xC3}, 0, StandardCharsets.UTF_8));
    assertFalse(Charsets.decodesCleanly(new byte[] {(byte) 0x80}, 0, StandardCharsets.UTF_8));
    assertFalse(Charsets.decodesCleanly(new byte[] {'a', (byte) 0x81}, 0, Charsets.WINDOWS_1252));
    assertFalse(Charsets.decodesCleanly("a\uFFFDb".getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8));
    assertTrue(Charsets.decodesCleanly(new byte[0], 0, StandardCharsets.UTF_8));
    // The offset skips a BOM-sized prefix: the bad byte before it does not count.
    assertTrue(Charsets.decodesCleanly(new byte[] {(byte) 0xFF, 'o', 'k'}, 1, StandardCharsets.UTF_8));
  }

  @Test
  void sameAnswerAsTheExceptionBasedCheck() {
    // Random text-like bytes in every legacy charset and UTF-8, longer than one chunk too (the
    // decoder resumes across chunks, ISO-2022-JP keeps its shift state).
    Charset[] charsets = {StandardCharsets.UTF_8, Charsets.WINDOWS_1252, Charset.forName("windows-31j"),
        Charset.forName("EUC-JP"), Charset.forName("ISO-2022-JP"), Charset.forName("GB18030"),
        Charset.forName("Big5-HKSCS"), Charset.forName("KOI8-R"), Charset.forName("windows-1251"),
        Charset.forName("IBM866")};
    String sample = "日本語のテキスト、中文文本，Русский текст, Grüße „€“ — ";
    Random random = new Random(20251201L);
    int clean = 0;
    int dirty = 0;
    for (Charset charset : charsets) {
      byte[] encodable = sample.repeat(1 + Charsets.CHUNK / sample.length() * 2).getBytes(charset);
      for (int i = 0; i < 60; i++) {
        byte[] b = Arrays.copyOf(encodable, 1 + random.nextInt(encodable.length));
        if (i % 3 == 1) {
          b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(128));
        } else if (i % 3 == 2) {
          for (int k = 0; k < b.length; k++) {
            b[k] = (byte) random.nextInt(256);
          }
        }
        boolean expected = byException(b, charset);
        assertEquals(expected, Charsets.decodesCleanly(b, 0, charset), charset + " sample " + i);
        if (expected) {
          clean++;
        } else {
          dirty++;
        }
      }
    }
    assertTrue(clean > 100 && dirty > 100, "clean " + clean + ", dirty " + dirty);
  }

  @Test
  void utf8ShortcutAgreesOnEveryShortSequence() {
    // Every 1- and 2-byte sequence; 3- and 4-byte leads with every second byte and edge bytes after
    // (overlongs E0 80, surrogates ED A0, EF BF BD = U+FFFD, F4 90 past U+10FFFF, truncations); alone
    // and between ASCII (the String decoder has an ASCII fast path).
    byte[] edges = {0x41, (byte) 0x80, (byte) 0xBD, (byte) 0xBF, (byte) 0xC0};
    int checked = 0;
    for (int a = 0; a < 256; a++) {
      checked += agree(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        checked += agree(new byte[] {(byte) a, (byte) b});
        for (byte c : a >= 0xE0 ? edges : new byte[0]) {
          checked += agree(new byte[] {(byte) a, (byte) b, c});
          for (byte d : a >= 0xF0 ? edges : new byte[0]) {
            checked += agree(new byte[] {(byte) a, (byte) b, c, d});
          }
        }
      }
    }
    assertEquals(256 + 65_536 + 32 * 256 * 5 + 16 * 256 * 25, checked);
  }

  private static int agree(byte[] seq) {
    assertEquals(byException(seq, StandardCharsets.UTF_8), utf8WithoutReplacement(seq), HexFormat.of().formatHex(seq));
    byte[] wrapped = new byte[seq.length + 20];
    Arrays.fill(wrapped, (byte) 'x');
    System.arraycopy(seq, 0, wrapped, 17, seq.length);
    assertEquals(byException(wrapped, StandardCharsets.UTF_8), utf8WithoutReplacement(wrapped), HexFormat.of().formatHex(seq));
    return 1;
  }
}
