package newsfacts.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Finishes the Snowball Dutch stemmer on the two spelling alternations it leaves, so that singular and
 * plural meet: a final double consonant is undoubled ("modellen" stems to "modell", "model" to "model")
 * and a final v or z becomes f or s ("bedrijven" stems to "bedrijv", "bedrijf" to "bedrijf"; "huizen",
 * "huis"). The Kraaij-Pohlmann stemmer does both; Lucene 10 ships only the Snowball one. Applied after
 * stemming at index and query time alike, so it only ever merges stems, never splits one.
 */
final class DutchStemCleanup extends TokenFilter {
  private static final String CONSONANTS = "bcdfgklmnprstz";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  DutchStemCleanup(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = term.length();
    if (keyword.isKeyword() || n < 4) {
      return true;
    }
    char[] b = term.buffer();
    char last = b[n - 1];
    if (last == b[n - 2] && CONSONANTS.indexOf(last) >= 0 && isLetter(b[n - 3])) {
      term.setLength(n - 1);
    } else if (last == 'v' && isLetter(b[n - 2])) {
      b[n - 1] = 'f';
    } else if (last == 'z' && isLetter(b[n - 2])) {
      b[n - 1] = 's';
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'à' && c <= 'ÿ';
  }
}
