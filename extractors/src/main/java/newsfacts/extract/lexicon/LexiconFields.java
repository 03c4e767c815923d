package newsfacts.extract.lexicon;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Field rules shared by the entity lexicon loaders: id shapes, script keys, positions. */
final class LexiconFields {
  /** Company ids: lower-case ASCII slugs. */
  static final Pattern COMPANY_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  /** Model and family ids: slugs that may hold dots and plus signs ({@code qwen2.5-max}). */
  static final Pattern MODEL_ID = Pattern.compile("[a-z0-9][a-z0-9.+-]*");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** The script keys of a company's {@code aliases} object, in matching order. */
  static final List<String> SCRIPTS = List.of("latin", "zh-Hans", "zh-Hant", "ja", "ru", "ko");
  static final Set<String> SCRIPT_SET = Set.copyOf(SCRIPTS);

  private LexiconFields() {}

  static String id(JsonLines.Line line, String key, Pattern shape) {
    String v = line.string(key);
    if (!shape.matcher(v).matches()) {
      throw line.error("[" + key + "] must match " + shape.pattern() + ", got '" + v + "'");
    }
    return v;
  }

  static String origin(JsonLines.Line line) {
    return line.file() + ":" + line.number();
  }

  /** An error about the entry at {@code origin} ({@code file:line}). */
  static LexiconFormatException errorAt(String origin, String reason) {
    int colon = origin.lastIndexOf(':');
    return new LexiconFormatException(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)),
        null, reason);
  }
}
