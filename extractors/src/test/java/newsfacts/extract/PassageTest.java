package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PassageTest {
  // Passage.of takes each non-blank line as a sentence
  private static final Passage P = Passage.of("GPT-5 came out.\n\nIt scored 70.\nThen 80.", "en");

  @Test
  void sentenceAtAndTheSentenceBeforeIt() {
    assertEquals(new Span(17, 30), P.sentenceAt(20));
    assertEquals(new Span(0, 15), P.sentenceBefore(P.sentenceAt(20)));
    assertEquals(new Span(17, 30), P.sentenceBefore(P.sentenceAt(33)));
    assertNull(P.sentenceBefore(P.sentenceAt(3)));
  }

  @Test
  void aLineSpanStartingNowhereHasNoSentenceBefore() {
    assertEquals(new Span(16, 16), P.sentenceAt(16)); // the blank line between the first two sentences
    assertNull(P.sentenceBefore(P.sentenceAt(16)));
  }
}
