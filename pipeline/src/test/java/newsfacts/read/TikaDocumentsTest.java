package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF and DOCX through Tika, with fixtures generated here (PDFBox, POI), and their failure modes. */
class TikaDocumentsTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  private static Path pdf(Path dir, String name, boolean encrypted) throws Exception {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      doc.getDocumentInformation().setTitle("TSMC raises capex");
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("TSMC will spend 42 billion dollars on new fabs this year.");
        cs.endText();
      }
      if (encrypted) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void pdfTitleAndText(@TempDir Path dir) throws Exception {
    Article article = READER.read(pdf(dir, "tsmc.pdf", false), "tsmc.pdf").get(0);
    // The document-info title and the page text; no charset for a binary format.
    assertEquals("TSMC raises capex", article.title());
    assertEquals("TSMC will spend 42 billion dollars on new fabs this year.", article.text());
    assertEquals("application/pdf", article.contentType());
    assertEquals(null, article.charset());
  }

  @Test
  void passwordProtectedPdfIsAnError(@TempDir Path dir) throws Exception {
    Path file = pdf(dir, "secret.pdf", true);
    ReadException e = assertThrows(ReadException.class, () -> READER.read(file, "secret.pdf"));
    // A user password is needed to open it: said plainly.
    assertEquals("PDF is password-protected", e.getMessage());
  }

  @Test
  void corruptPdfIsAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.pdf");
    Files.write(file, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage".getBytes(StandardCharsets.US_ASCII));
    ReadException e = assertThrows(ReadException.class, () -> READER.read(file, "broken.pdf"));
    // The reason names the format.
    assertTrue(e.getMessage().startsWith("cannot parse application/pdf: "), e.getMessage());
  }

  @Test
  void docxTitleAndParagraphs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("asml.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.getProperties().getCoreProperties().setTitle("ASML-orders stijgen");
      doc.createParagraph().createRun().setText("ASML boekte € 7,1 miljard aan nieuwe orders.");
      doc.createParagraph().createRun().setText("De vraag naar EUV-machines blijft groot.");
      doc.write(out);
    }
    Article article = READER.read(file, "asml.docx").get(0);
    // Core-properties title; one paragraph per Word paragraph.
    assertEquals("ASML-orders stijgen", article.title());
    assertEquals("ASML boekte € 7,1 miljard aan nieuwe orders.\nDe vraag naar EUV-machines blijft groot.", article.text());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", article.contentType());
  }

  @Test
  void docxZipBombIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 16; i++) {
        zip.write(block); // 16 MB of one letter: deflates about 1000:1
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    ReadException e = assertThrows(ReadException.class, () -> READER.read(file, "bomb.docx"));
    // POI's inflate-ratio guard stops it before 16 MB are expanded.
    assertTrue(e.getMessage().startsWith("DOCX looks like a zip bomb: "), e.getMessage());
  }

}
