package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code companies.jsonl} (format: {@code lexicons/README.md}).
 *
 * @param id canonical slug ({@code alibaba})
 * @param name display name, matched like an alias
 * @param country ISO 3166-1 alpha-2 of the headquarters
 * @param aliases surface forms by script key ({@code latin}, {@code zh-Hans}, {@code ja}, {@code ru}...)
 * @param former former names, matched like aliases
 * @param tickers exchange tickers, matched exactly as written (upper case) with word boundaries
 * @param contextual aliases matched only with context (see {@code EntityExtractor})
 * @param wins aliases this entry claims when another entry lists the same alias
 * @param origin {@code file:line} of the entry, for messages
 */
public record CompanyEntry(
    String id,
    String name,
    String country,
    Map<String, List<String>> aliases,
    List<String> former,
    List<String> tickers,
    List<String> contextual,
    List<String> wins,
    String origin) {

  public CompanyEntry {
    aliases = Map.copyOf(aliases);
    former = List.copyOf(former);
    tickers = List.copyOf(tickers);
    contextual = List.copyOf(contextual);
    wins = List.copyOf(wins);
  }

  /** Every surface form matched without context: the name, all aliases, former names. */
  public List<String> fullAliases() {
    List<String> out = new ArrayList<>();
    out.add(name);
    for (String script : LexiconFields.SCRIPTS) {
      out.addAll(aliases.getOrDefault(script, List.of()));
    }
    out.addAll(former);
    return out;
  }

  /** True when some alias (contextual ones included) is written in a non-Latin script. */
  public boolean hasNonLatinAlias() {
    return java.util.stream.Stream.concat(fullAliases().stream(), contextual.stream()).anyMatch(a -> a.codePoints().anyMatch(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN));
  }
}
