package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code models.jsonl} (format: {@code lexicons/README.md}).
 *
 * @param id canonical model id ({@code qwen2.5-max})
 * @param name display name, matched like an alias
 * @param vendor the vendor's company id
 * @param family the family id in {@code model-families.jsonl}
 * @param aliases other surface forms, any script
 * @param contextual short or ambiguous aliases matched only with context
 * @param wins aliases this entry claims when another entry lists the same alias
 * @param origin {@code file:line} of the entry, for messages
 */
public record ModelEntry(
    String id,
    String name,
    String vendor,
    String family,
    List<String> aliases,
    List<String> contextual,
    List<String> wins,
    String origin) {

  public ModelEntry {
    aliases = List.copyOf(aliases);
    contextual = List.copyOf(contextual);
    wins = List.copyOf(wins);
  }

  /** The name and every alias matched without context. */
  public List<String> fullAliases() {
    List<String> out = new ArrayList<>();
    out.add(name);
    out.addAll(aliases);
    return out;
  }

  /**
   * The id of a model the lexicon lacks, made of the name it is written with: lower case, spaces as hyphens
   * ("Lumo-Zorg 2" is {@code lumo-zorg-2}, "FFM-Qwen3-32B" {@code ffm-qwen3-32b}).
   */
  public static String idOf(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }
}
