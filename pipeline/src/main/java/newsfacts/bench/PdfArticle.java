package newsfacts.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A benchmark article as a PDF: the title in bold, then the paragraphs wrapped to the page, on as many
 * A4 pages as they take. Only the standard Helvetica fonts are used, so no font file is needed and the
 * bytes are the same on every machine; they show Latin text (WinAnsi), not Cyrillic or CJK.
 */
final class PdfArticle {
  private static final float MARGIN = 56;
  private static final float SIZE = 10;
  private static final float LEADING = 13;
  private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final Set<String> LATIN = Set.of("en", "de", "nl");

  private PdfArticle() {}

  /** True for the languages whose text the standard fonts can show. */
  static boolean writesScript(String lang) {
    return LATIN.contains(lang);
  }

  /** The PDF bytes, or null when a char of the text has no glyph in the standard fonts. */
  static byte[] write(String title, List<String> paragraphs) {
    if (!showable(title) || !paragraphs.stream().allMatch(PdfArticle::showable)) {
      return null;
    }
    try (PDDocument doc = new PDDocument()) {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<Line> lines = new ArrayList<>();
      for (String l : wrap(title, BOLD, 14, width)) {
        lines.add(new Line(l, BOLD, 14));
      }
      lines.add(null);
      for (String p : paragraphs) {
        for (String l : wrap(p, BODY, SIZE, width)) {
          lines.add(new Line(l, BODY, SIZE));
        }
        lines.add(null); // paragraph break
      }
      PDPageContentStream cs = null;
      float y = 0;
      for (Line line : lines) {
        if (cs == null || y < MARGIN) {
          if (cs != null) {
            cs.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          cs = new PDPageContentStream(doc, page);
          y = PDRectangle.A4.getHeight() - MARGIN;
        }
        if (line != null) {
          cs.beginText();
          cs.setFont(line.font(), line.size());
          cs.newLineAtOffset(MARGIN, y);
          cs.showText(line.text());
          cs.endText();
        }
        y -= LEADING * (line != null && line.size() > SIZE ? 1.5f : 1f);
      }
      if (cs != null) {
        cs.close();
      }
      // a file identifier from the text, not from the clock: the same seed gives the same bytes
      byte[] digest = sha256(title + "\n" + String.join("\n", paragraphs));
      COSArray id = new COSArray();
      id.add(new COSString(java.util.Arrays.copyOf(digest, 16)));
      id.add(new COSString(java.util.Arrays.copyOf(digest, 16)));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: no I/O to fail
    }
  }

  private static byte[] sha256(String s) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private record Line(String text, PDType1Font font, float size) {}

  private static boolean showable(String text) {
    try {
      BODY.encode(text);
      BOLD.encode(text);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Greedy word wrap to {@code width} points. */
  private static List<String> wrap(String text, PDType1Font font, float size, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && textWidth(font, next, size) > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(next);
      }
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  private static float textWidth(PDType1Font font, String s, float size) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
