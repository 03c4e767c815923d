package newsfacts.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzer for each language newsfacts indexes, plus the keyword analyzers of the id fields. */
final class LanguageAnalyzers {
  private LanguageAnalyzers() {}

  /** Language code to analyzer; "und" text gets the standard analyzer (Unicode word breaks, lower case). */
  static Map<String, Analyzer> byLanguage() {
    return Map.of(
        "en", new EnglishAnalyzer(),
        "de", new GermanAnalyzer(),
        "nl", new Dutch(),
        "ru", new RussianAnalyzer(),
        "zh", new SmartChineseAnalyzer(),
        "ja", new Japanese(),
        "und", new StandardAnalyzer());
  }

  /**
   * Kuromoji in search mode ("推論モデル" is indexed as 推論 + モデル, so "推論" finds it), base forms,
   * part-of-speech stop tags and katakana stemming, after folding full-width letters and digits
   * ("１兆" and "1兆" are the same token).
   */
  static final class Japanese extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new CJKWidthCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
      TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
      stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
      stream = new JapaneseKatakanaStemFilter(stream);
      stream = new LowerCaseFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }
  }

  /**
   * Lucene's Dutch analyzer (stop words, stem overrides, Snowball Dutch) with {@link DutchStemCleanup}
   * after it, so "model" finds "modellen" and "bedrijf" finds "bedrijven".
   */
  static final class Dutch extends AnalyzerWrapper {
    private final DutchAnalyzer dutch = new DutchAnalyzer();

    Dutch() {
      super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return dutch;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
      return new TokenStreamComponents(components.getSource(), new DutchStemCleanup(components.getTokenStream()));
    }
  }

  /** The whole value as one lower-cased token: ids and codes match case-insensitively ("company:Alibaba"). */
  static final class LowerKeyword extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }
  }
}
