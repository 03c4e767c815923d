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

  @Test
  void mixesTableAndRowCharsInOneKey() {
    // Latin and Cyrillic chars go through the full transition table, CJK chars through the rows, and a
    // char of no key (the space, 的) resets: keys crossing the two kinds still match, by end offset
    List<String> keys = List.of("qwen通义", "通义qwen", "通义", "яндекс", "ндекс gpt");
    assertEquals(List.of("qwen通义@0", "通义@4", "qwen通义@8", "通义@12", "通义qwen@12", "яндекс@20", "ндекс gpt@21"),
        hits(keys, "qwen通义的 qwen通义qwen 的яндекс gpt"));
  }

  @Test
  void agreesWithANaiveSearchOnMixedScripts() {
    // every occurrence of every key, found by indexOf, against one pass of the automaton
    List<String> keys = List.of("ab", "abc", "bca", "c", "аб", "ба", "б通", "通义", "义a", "aa", "a义a", "kimi");
    String alphabet = "abc аб通义xk";
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        t.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = t.toString();
      List<String> naive = new ArrayList<>();
      for (int end = 1; end <= text.length(); end++) {
        for (String k : keys) { // the automaton reports the longest key ending at an offset first
          int s = end - k.length();
          if (s >= 0 && text.startsWith(k, s)) {
            naive.add(k + "@" + s);
          }
        }
      }
      List<String> got = hits(keys, text);
      assertEquals(new java.util.TreeSet<>(naive), new java.util.TreeSet<>(got), text);
      assertEquals(naive.size(), got.size(), text);
    }
  }
}
