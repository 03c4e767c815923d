package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The order of evidence: BOM, valid UTF-8, escapes, declaration, damaged UTF-8, detection. */
class CharsetSnifferTest {
  private final CharsetSniffer sniffer = new CharsetSniffer();

  private static byte[] bytes(String s, String charset) {
    return s.getBytes(Charset.forName(charset));
  }

  @Test
  void bomWins() {
    byte[] utf16 = bytes("\uFEFFПривет", "UTF-16BE");
    // The BOM decides and its length is reported so the caller skips it.
    assertEquals(new CharsetSniffer.Choice(StandardCharsets.UTF_16BE, CharsetSniffer.Basis.BOM, 2, null), sniffer.sniff(utf16, null));
  }

  @Test
  void validUtf8BeatsAWrongDeclaration() {
    byte[] page = bytes("<meta charset=\"gb2312\"><p>人工智能迈上新台阶</p>", "UTF-8");
    // QQ's case: bytes that are valid UTF-8 are UTF-8; the declaration is kept for the warning.
    assertEquals(new CharsetSniffer.Choice(StandardCharsets.UTF_8, CharsetSniffer.Basis.UTF8, 0, "gb2312"), sniffer.sniff(page, null));
  }

  @Test
  void declaredLatin1IsWindows1252() {
    byte[] page = bytes("<meta charset=\"iso-8859-1\"><p>Preis: 5 € – „günstig“</p>", "windows-1252");
    // As in browsers: € „ “ – are windows-1252 bytes that ISO-8859-1 would turn into C1 controls.
    assertEquals(new CharsetSniffer.Choice(Charsets.WINDOWS_1252, CharsetSniffer.Basis.DECLARED, 0, "iso-8859-1"), sniffer.sniff(page, null));
  }

  @Test
  void httpHintComesBeforeTheMeta() {
    byte[] page = bytes("<meta charset=\"utf-8\"><p>Выручка выросла</p>", "windows-1251");
    // A Content-Type charset from outside the bytes (WARC/HTTP) is the declaration.
    assertEquals(Charset.forName("windows-1251"), sniffer.sniff(page, "windows-1251").charset());
  }

  @Test
  void shiftJisLabelMeansCp932() {
    byte[] text = bytes("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><t>①髙﨑</t>", "windows-31j");
    // NEC/IBM extension characters need windows-31j, the superset browsers use for Shift_JIS.
    assertEquals(Charset.forName("windows-31j"), sniffer.sniff(text, null).charset());
  }

  @Test
  void iso2022JpEscapes() {
    byte[] text = bytes("日本語のテキストです。", "ISO-2022-JP");
    // 7-bit bytes with ESC $ B are ISO-2022-JP.
    assertEquals(CharsetSniffer.Basis.ESCAPES, sniffer.sniff(text, null).basis());
  }

  @Test
  void undeclaredKoi8rIsDetected() {
    byte[] text = bytes("Крупнейшие производители полупроводников сообщили о росте выручки, связанном со спросом на ускорители.", "KOI8-R");
    // No BOM, not UTF-8, no declaration: Tika's ICU-derived detector, restricted to the expected charsets.
    assertEquals(new CharsetSniffer.Choice(Charset.forName("KOI8-R"), CharsetSniffer.Basis.DETECTED, 0, null), sniffer.sniff(text, null));
  }
}
