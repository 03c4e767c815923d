package newsfacts.extract;

/**
 * A stretch {@code [start, end)} of a document's text in one language.
 *
 * @param start first char offset, inclusive
 * @param end last char offset, exclusive
 * @param lang ISO 639-1 code, or {@code "und"} when the text is too short or mixed to decide
 * @param confidence the detector's confidence in {@code lang}, 0..1 (1 when the script decides it)
 */
public record TextSegment(int start, int end, String lang, double confidence) {
  public static final String UNDETERMINED = "und";

  public TextSegment {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("segment must have 0 <= start <= end, got [" + start + ", " + end + ")");
    }
    if (lang == null || lang.isEmpty()) {
      throw new IllegalArgumentException("segment language must be a code or \"und\", got " + lang);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
