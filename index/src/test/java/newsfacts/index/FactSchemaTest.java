package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Fact;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** The documents FactSchema builds, field by field where the layout is its own and not Lucene's. */
class FactSchemaTest {
  /** The facet labels of a document as Lucene's facet module reads them (the sorted-set values of $facets). */
  static List<String> facetValues(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
      out.add(f.binaryValue().utf8ToString().replace(FacetsConfig.DELIM_CHAR, '|'));
    }
    return out;
  }

  @Test
  void factFacetsAreWhatFacetsConfigBuildWrites() {
    // a money fact linked to two companies: type, lang, both companies, currency
    Fact money = Fact.money("380 miljard yuan", 19, "nl", 3.8e11, "CNY", null, null)
        .withUsd(5.3e10, "2025-12-31").withCompanies(List.of("alibaba", "ant-group"));
    Document d = FactSchema.factDocument(money, "nl.txt", "d-nl", "2025-12-14");
    assertEquals(List.of("type|money", "lang|nl", "company|alibaba", "company|ant-group", "currency|CNY"),
        facetValues(d));
    // the same labels through FacetsConfig.build (the facet module's own way) give the same values
    Document viaBuild = new Document();
    viaBuild.add(new SortedSetDocValuesFacetField(FactSchema.TYPE, "money"));
    viaBuild.add(new SortedSetDocValuesFacetField(FactSchema.LANG, "nl"));
    viaBuild.add(new SortedSetDocValuesFacetField(FactSchema.COMPANY, "alibaba"));
    viaBuild.add(new SortedSetDocValuesFacetField(FactSchema.COMPANY, "ant-group"));
    viaBuild.add(new SortedSetDocValuesFacetField(FactSchema.CURRENCY, "CNY"));
    try {
      assertEquals(facetValues(d), facetValues(FactSchema.facetsConfig().build(viaBuild)));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void modelFactIsFiledUnderItsVendorAndModel() {
    Fact model = Fact.model("Qwen3", 0, "zh", "qwen3", "Qwen3", "alibaba", true);
    assertEquals(List.of("type|model", "lang|zh", "company|alibaba", "model|qwen3"),
        facetValues(FactSchema.factDocument(model, "zh.txt", "d-zh", null)));
  }

  @Test
  void sentenceDocumentCarriesKindSourceAndTheSentenceInItsLanguage() {
    Document d = FactSchema.sentenceDocument("ja.txt", "ja", "推論モデルを発表した。");
    List<String> fields = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      fields.add(f.name() + "=" + f.stringValue());
    }
    assertEquals(List.of("kind=sentence", "source=ja.txt", "sentence_ja=推論モデルを発表した。"), fields);
    // a language without its own analyzer is indexed as und; no sentence: only kind and source
    assertEquals("sentence_und", FactSchema.sentenceDocument("x.txt", "ko", "문장").getFields().get(2).name());
    assertEquals(2, FactSchema.sentenceDocument("x.txt", "en", null).getFields().size());
  }
}
