package newsfacts.report;

import java.util.List;

/**
 * Everything a report shows, as data: the five sections of docs/reports.md. Renderers ({@link
 * MarkdownReport}, {@link HtmlReport}, {@link JsonReport}) only lay it out; every number is computed
 * once, by {@link ReportBuilder}. Lists are already sorted and cut to their limits.
 *
 * @param query the query the fact sections were restricted to ("" for all facts)
 * @param corpus what was read (always the whole index)
 * @param money money figures
 * @param models model mentions and benchmark leaderboards
 * @param companies company mentions per language
 * @param quality unknown model versions, documents with warnings
 */
public record Report(String query, Corpus corpus, Money money, Models models, Companies companies,
    Quality quality) {

  /** A label with a count. */
  public record Count(String label, long count) {}

  /**
   * @param articles article documents in the index
   * @param facts facts matching the query
   * @param factsByType those facts per type, in type order
   * @param languages articles per language, most first
   * @param sites articles per site (URL host, or the folder of a file without URL), most first
   * @param months articles per publication month (yyyy-MM, or "unknown"), by month
   * @param charsets articles per charset they were decoded with, most first
   * @param failures files that could not be read, by source
   */
  public record Corpus(long articles, long facts, List<Count> factsByType, List<Count> languages,
      List<Count> sites, List<Count> months, List<Count> charsets, List<Failure> failures) {}

  /** A file that could not be read. */
  public record Failure(String source, String reason) {}

  /**
   * @param figures money facts (a figure restating another in a second currency is not counted twice)
   * @param usd their total in whole US dollars (figures without a known rate add nothing)
   * @param companies USD totals per linked company, largest first
   * @param currencies totals per currency, largest USD first
   * @param largest the largest figures in USD, with sentence and source
   */
  public record Money(long figures, long usd, List<CompanyTotal> companies, List<CurrencyTotal> currencies,
      List<Figure> largest) {}

  /** A company's money: the figures linked to it and their USD total. */
  public record CompanyTotal(String company, String name, long figures, long usd) {}

  /**
   * @param currency ISO 4217 code
   * @param figures money facts in that currency
   * @param amount their total in whole currency units
   * @param usd their total in whole US dollars
   * @param withoutUsd figures with no exchange rate
   */
  public record CurrencyTotal(String currency, long figures, long amount, long usd, long withoutUsd) {}

  /** One money figure. {@code usd} is whole dollars; {@code amount} as extracted. */
  public record Figure(long usd, double amount, String currency, String text, String sentence, String lang,
      List<String> companies, String source, String published) {}

  /**
   * @param scores score facts matching the query
   * @param leaderboards one per metric, by metric
   * @param vendors model mentions per vendor, most first
   */
  public record Models(long scores, List<Leaderboard> leaderboards, List<Vendor> vendors) {}

  /** The latest value of each model on one metric, highest first. */
  public record Leaderboard(String metric, List<Entry> entries) {}

  /** A model's latest score on a metric, and where it was reported. */
  public record Entry(String model, double value, String text, String published, String source, String lang) {}

  /** A vendor's model mentions: total, distinct models, and its most mentioned models. */
  public record Vendor(String company, String name, long mentions, long models, List<Count> top) {}

  /**
   * @param languages the column order: languages by total mentions, most first
   * @param totals mentions of all companies (not only the listed rows) per language, aligned with languages
   * @param rows companies by total mentions, most first
   */
  public record Companies(List<String> languages, List<Long> totals, List<CompanyRow> rows) {}

  /** Mentions of one company, total and per language (aligned with {@link Companies#languages}). */
  public record CompanyRow(String company, String name, long total, List<Long> perLanguage) {}

  /**
   * @param unknownModels model versions the lexicon lacks (its family is known), most mentioned first
   * @param warned documents with reader warnings, by source
   */
  public record Quality(List<UnknownModel> unknownModels, List<Warned> warned) {}

  /** A model version missing from the lexicon. */
  public record UnknownModel(String model, String name, String vendor, long mentions) {}

  /** A document whose reading produced warnings. */
  public record Warned(String source, String title, List<String> warnings) {}
}
