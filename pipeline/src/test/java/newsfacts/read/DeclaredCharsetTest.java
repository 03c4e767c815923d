package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The declaration scan ({@link CharsetSniffer#declaredIn}): exact labels, and the regexes it replaced. */
class DeclaredCharsetTest {
  /** The two regexes the scan replaced, over a Latin-1 copy of the window: the reference. */
  private static final Pattern XML_DECLARATION =
      Pattern.compile("<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

  private static String byRegex(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, CharsetSniffer.DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  private static String declared(String s) {
    return CharsetSniffer.declaredIn(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void xmlDeclarationFirstThenMeta() {
    // The XML declaration wins wherever it is in the window, even after a meta.
    assertEquals("Shift_JIS", declared("<meta charset=utf-8><?xml version=\"1.0\" encoding='Shift_JIS'?>"));
    assertEquals("windows-1251", declared("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=windows-1251\">"));
    assertEquals("euc-jp", declared("<meta charset = \" euc-jp\">"));
    assertEquals("gb2312", declared("<meta name=\"x\" charset-x=\"1\" content=\"charset=gb2312\">"));
  }

  @Test
  void whatIsNotADeclaration() {
    // '>' ends the search inside a tag; the XML label needs its closing quote; the XML name is case-sensitive.
    assertNull(declared("<meta name=\"description\"><p>charset=utf-8</p>"));
    assertNull(declared("<?xml version=\"1.0\" encoding=\"utf-8?>"));
    assertNull(declared("<?XML version=\"1.0\" encoding=\"utf-8\"?>"));
    assertNull(declared("<meta charset=>"));
    assertNull(declared("<meta" + " ".repeat(401) + "charset=utf-8>"));
    assertEquals("utf-8", declared("<meta" + " ".repeat(400) + "charset=utf-8>"));
  }

  @Test
  void labelsAreAtMostFortyCharacters() {
    String label = "x".repeat(41);
    // A meta label is cut at 40; an XML label of 41 is no label.
    assertEquals("x".repeat(40), declared("<meta charset=" + label + ">"));
    assertNull(declared("<?xml encoding=\"" + label + "\"?>"));
    assertEquals("x".repeat(40), declared("<?xml encoding=\"" + "x".repeat(40) + "\"?>"));
  }

  @Test
  void onlyTheWindowIsRead() {
    String pad = " ".repeat(CharsetSniffer.DECLARATION_WINDOW - "<meta charset=utf".length());
    // The label is cut where the window ends, as the regex over the window's copy cut it.
    assertEquals("utf", declared(pad + "<meta charset=utf-8>"));
    assertNull(declared(" ".repeat(CharsetSniffer.DECLARATION_WINDOW - 5) + "<meta charset=utf-8>"));
  }

  @Test
  void sameAnswerAsTheRegexesOnNearDeclarations() {
    // Declarations with every piece perturbed (case, gaps, '>', spaces, quotes, label length), several per page.
    String[] opens = {"<?xml", "<?XML", "<meta", "<META", "<Meta", "<met", "<", "?>"};
    String[] names = {"encoding", "ENCODING", "Encoding", "charset", "CharSet", "CHARSET", "charse", ""};
    String[] spaces = {"", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0"};
    String[] quotes = {"", "\"", "'", "`"};
    String[] labels = {"utf-8", "Shift_JIS", "x", "a:b.c_d-e", "x".repeat(40), "y".repeat(41), "", "é", "utf 8"};
    String[] gaps = {"", " ", " version=\"1.0\" ", " http-equiv=\"Content-Type\" content=\"text/html; ", ">",
        " a>b ", " ".repeat(199), " ".repeat(200), " ".repeat(201), " ".repeat(400), " ".repeat(401)};
    Random random = new Random(20251201L);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(3);
      for (int k = 0; k < parts; k++) {
        sb.append(pick(random, opens)).append(pick(random, gaps)).append(pick(random, names)).append(pick(random, spaces))
            .append(random.nextInt(8) == 0 ? "" : "=").append(pick(random, spaces)).append(pick(random, quotes))
            .append(pick(random, spaces)).append(pick(random, labels)).append(pick(random, quotes))
            .append(random.nextBoolean() ? ">" : "").append(pick(random, gaps));
      }
      if (i % 50 == 0) {
        sb.insert(0, " ".repeat(CharsetSniffer.DECLARATION_WINDOW - random.nextInt(60)));
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
      String expected = byRegex(bytes);
      assertEquals(expected, CharsetSniffer.declaredIn(bytes), sb.toString());
      found += expected != null ? 1 : 0;
    }
    assertTrue(found > 1000, "declarations found: " + found);
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
