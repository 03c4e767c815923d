package newsfacts.extract.lexicon;

import java.util.List;

/**
 * One line of {@code model-families.jsonl}: a family whose unlisted versions are still recognized.
 *
 * @param family family id ({@code qwen}); derived model ids start with it
 * @param name display name
 * @param vendor the vendor's company id
 * @param prefixes surface forms a version can follow ({@code Qwen}, {@code 通义千问})
 * @param origin {@code file:line} of the entry, for messages
 */
public record ModelFamily(String family, String name, String vendor, List<String> prefixes, String origin) {
  public ModelFamily {
    prefixes = List.copyOf(prefixes);
  }
}
