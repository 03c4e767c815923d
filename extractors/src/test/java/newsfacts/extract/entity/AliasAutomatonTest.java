package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasAutomatonTest {

  private static List<String> hits(List<String> keys, String text) {
    AliasAutomaton a = new AliasAutomaton(keys);
    List<String> out = new ArrayList<>();
    a.scan(text, (k, end) -> out.add(keys.get(k) + "@" + (end - a.keyLength(k))));
    return out;
  }

  @Test
  void reportsOverlappingAndNestedKeys() {
    // the classic he/she/his/hers case: every occurrence, nested ones included, by end offset
    assertEquals(List.of("she@1", "he@2", "hers@2"), hits(List.of("he", "she", "his", "hers"), "ushers"));
  }

  @Test
  void followsFailLinksAcrossPartialMatches() {
    // "deepseek" after a false start "deepdeep"
    assertEquals(List.of("deepseek@4"), hits(List.of("deepseek"), "deepdeepseek"));
  }

  @Test
  void worksOnCjkChars() {
    // keys share a CJK prefix
    assertEquals(List.of("阿里@1", "阿里巴巴@1", "阿里@6", "阿里云@6"), hits(List.of("阿里巴巴", "阿里", "阿里云"), "据阿里巴巴和阿里云"));
  }

  @Test
  void duplicateKeysAreRejected() {
    // the dictionary merges targets per key before building
    assertThrows(IllegalArgumentException.class, () -> new AliasAutomaton(List.of("qwen", "qwen")));
  }
}
