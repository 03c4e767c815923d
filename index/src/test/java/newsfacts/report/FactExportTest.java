package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import newsfacts.index.FactSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON Lines exports: columns, RFC 4180 quoting, formula neutralising, order, determinism. */
class FactExportTest {
  @TempDir
  Path tmp;

  static String export(FactSearcher s, String query, FactExport.Format f) throws Exception {
    StringWriter w = new StringWriter();
    FactExport.write(s, query, f, w);
    return w.toString();
  }

  @Test
  void csvHasTheDocumentedColumnsQuotesAndNeutralisesFormulas() throws Exception {
    ReportFixture.build(tmp, false);
    try (FactSearcher s = FactSearcher.open(tmp)) {
      String csv = export(s, "source:\"seeds/en.txt\"", FactExport.Format.CSV);
      String sentence = "\"'=cmd|' /C calc'!A0 Nvidia raised $2 billion, \"\"a record\"\", in Santa Clara.\"";
      assertEquals(String.join("\r\n",
          "source,docId,type,start,end,lang,text,id,name,company,known,amount,currency,max,approximate,qualifier,"
              + "usd,fxDate,companies,sameAs,value,metric,model,sentence",
          // ordered by offset; the sentence starts with "=" so it gets a leading quote, and is quoted for its commas
          "seeds/en.txt,d-en,money,16,18,en,A0,,,,,1500000,XTS,,false,,,,,,,,," + sentence,
          "seeds/en.txt,d-en,company,19,25,en,Nvidia,nvidia,Nvidia,,,,,,,,,,,,,,," + sentence,
          "seeds/en.txt,d-en,money,33,43,en,$2 billion,,,,,2000000000,USD,,false,,2000000000,2025-12-31,nvidia,,,,,"
              + sentence,
          ""), csv);
    }
  }

  @Test
  void csvWritesPlainNumbersAndJoinsListsWithSemicolons() throws Exception {
    ReportFixture.build(tmp, false);
    try (FactSearcher s = FactSearcher.open(tmp)) {
      List<String> lines = export(s, "currency:RUB", FactExport.Format.CSV).lines().toList();
      assertEquals(2, lines.size());
      assertTrue(lines.get(1).startsWith("seeds/ru.txt,d-ru,money,24,39,ru,100 млрд рублей,,,,,100000000000,RUB,,false,,"
          + "1100000000,2025-12-31,yandex;alibaba,,,,,"), lines.get(1));
    }
  }

  @Test
  void neutraliseGuardsEveryFormulaLead() {
    assertEquals("'=1+2", FactExport.neutralise("=1+2"));
    assertEquals("'+7", FactExport.neutralise("+7"));
    assertEquals("'-3", FactExport.neutralise("-3"));
    assertEquals("'@SUM(A1)", FactExport.neutralise("@SUM(A1)"));
    assertEquals("'\tx", FactExport.neutralise("\tx"));
    assertEquals("a=b", FactExport.neutralise("a=b"));
    assertEquals("", FactExport.neutralise(""));
  }

  @Test
  void rfc4180QuotesCommasQuotesAndLineBreaks() {
    assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n", FactExport.csvLine(List.of("a", "b,c", "say \"hi\"", "x\ny", "")));
  }

  @Test
  void jsonlIsTheFactRecordsSortedBySourceThenOffset() throws Exception {
    ReportFixture.build(tmp, false);
    try (FactSearcher s = FactSearcher.open(tmp)) {
      List<String> lines = export(s, "", FactExport.Format.JSONL).lines().toList();
      assertEquals(18, lines.size());
      assertEquals(s.allJson("fact").stream().sorted().toList(), lines.stream().sorted().toList());
      assertTrue(lines.get(0).startsWith("{\"kind\":\"fact\",\"source\":\"feeds/cn.xml\",\"docId\":\"d-cn\",\"type\":\"company\",\"text\":\"阿里巴巴\",\"start\":0,"), lines.get(0));
      assertTrue(lines.get(17).startsWith("{\"kind\":\"fact\",\"source\":\"seeds/ru.txt\",\"docId\":\"d-ru\",\"type\":\"percent\""), lines.get(17));
    }
  }

  @Test
  void theSameFactsInADifferentSegmentLayoutGiveTheSameBytes() throws Exception {
    // one commit in file order versus one segment per file in reverse order
    ReportFixture.build(tmp.resolve("a"), false);
    ReportFixture.build(tmp.resolve("b"), true);
    try (FactSearcher a = FactSearcher.open(tmp.resolve("a")); FactSearcher b = FactSearcher.open(tmp.resolve("b"))) {
      for (FactExport.Format f : FactExport.Format.values()) {
        assertEquals(export(a, "", f), export(b, "", f), f.name());
      }
      Report ra = ReportBuilder.build(a, "");
      Report rb = ReportBuilder.build(b, "");
      assertEquals(MarkdownReport.render(ra), MarkdownReport.render(rb));
      assertEquals(JsonReport.render(ra), JsonReport.render(rb));
      assertEquals(HtmlReport.render(ra), HtmlReport.render(rb));
    }
  }
}
