package newsfacts.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Text with marked ranges, as JSON arrays the page renders with {@code textContent} only: no HTML
 * ever crosses the API, so article text cannot inject markup.
 */
final class Marks {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Marks() {}

  /**
   * Splits the searcher's highlight ({@code «match»}) into {@code [{"text":…,"mark":bool}]}; without a
   * highlight, marks the fact's own text in its sentence (as the CLI does). Null when there is no
   * sentence.
   */
  static ArrayNode snippet(String highlight, String sentence, String factText) {
    ArrayNode out = NODES.arrayNode();
    if (highlight != null && highlight.contains("«")) {
      int i = 0;
      while (i < highlight.length()) {
        int open = highlight.indexOf('«', i);
        int close = open < 0 ? -1 : highlight.indexOf('»', open);
        if (open < 0 || close < 0) {
          part(out, highlight.substring(i), false);
          break;
        }
        part(out, highlight.substring(i, open), false);
        part(out, highlight.substring(open + 1, close), true);
        i = close + 1;
      }
      return out;
    }
    String s = highlight != null ? highlight : sentence;
    if (s == null) {
      return null;
    }
    int at = factText == null || factText.isEmpty() ? -1 : s.indexOf(factText);
    if (at < 0) {
      part(out, s, false);
    } else {
      part(out, s.substring(0, at), false);
      part(out, factText, true);
      part(out, s.substring(at + factText.length()), false);
    }
    return out;
  }

  private static void part(ArrayNode out, String text, boolean mark) {
    if (!text.isEmpty()) {
      out.addObject().put("text", text).put("mark", mark);
    }
  }

  /**
   * Cuts an article's text at every fact boundary: {@code [{"start","end","facts":[i…]}]} covering the
   * whole text, where {@code facts} lists the indexes (into {@code facts}) of the facts covering that
   * piece. Overlapping facts therefore both show; facts whose offsets fall outside the text are skipped.
   */
  static ArrayNode parts(String text, List<JsonNode> facts) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      int start = facts.get(i).path("start").asInt(-1);
      int end = facts.get(i).path("end").asInt(-1);
      if (start >= 0 && end > start && end <= text.length()) {
        cuts.add(start);
        cuts.add(end);
        spans.add(new int[] {start, end, i});
      }
    }
    ArrayNode out = NODES.arrayNode();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      ObjectNode part = out.addObject().put("start", from).put("end", to);
      ArrayNode covering = part.putArray("facts");
      for (int[] s : spans) {
        if (s[0] <= from && to <= s[1]) {
          covering.add(s[2]);
        }
      }
    }
    return out;
  }
}
