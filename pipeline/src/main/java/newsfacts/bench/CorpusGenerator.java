package newsfacts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import newsfacts.extract.lexicon.LexiconSource;

/**
 * Writes a deterministic benchmark corpus: articles in the six languages, as plain text, HTML pages,
 * RSS and Atom feeds and PDFs ({@link Kind}), in UTF-8 and the legacy charsets of each language, about
 * 5 KB each with every 25th about 50 KB. Text is built from the seed articles' paragraphs and generated
 * sentences naming companies and models from the lexicons with money figures, percentages and benchmark
 * scores written the way each language writes them.
 */
public final class CorpusGenerator {
  static final String[] LANGS = {"en", "de", "nl", "ru", "zh", "ja"};
  private static final Map<String, String[]> LEGACY = Map.of(
      "en", new String[] {"windows-1252"}, "de", new String[] {"windows-1252"}, "nl", new String[] {"windows-1252"},
      "ru", new String[] {"windows-1251", "KOI8-R"}, "zh", new String[] {"GB18030", "GBK"},
      "ja", new String[] {"Shift_JIS", "EUC-JP"});
  /** Sentence templates: {C} company, {D} another company, {M} model, {$} money, {P} percent, {S} score. */
  private static final Map<String, String[]> TEMPLATES = Map.of(
      "en", new String[] {"{C} said on Tuesday it would invest {$} in new data centres for {M}.",
          "Analysts expect {C} to gain {P} of the market after the launch of {M}.",
          "{D} shares fell {P} after {C} released {M}, which costs a fraction of its rivals.",
          "The deal values {C} at {$}, according to people familiar with the matter.",
          "{M} scored {S} on the Intelligence Index, ahead of every other open model."},
      "de", new String[] {"{C} will nach eigenen Angaben {$} in neue Rechenzentren für {M} investieren.",
          "Analysten erwarten, dass {C} mit {M} seinen Marktanteil um {P} steigert.",
          "Die Aktie von {D} fiel um {P}, nachdem {C} das Modell {M} vorgestellt hatte.",
          "Der Umsatz von {C} stieg im Quartal auf {$}.",
          "{M} erreicht im Vergleich einen Intelligence Index von {S} Punkten."},
      "nl", new String[] {"{C} investeert {$} in nieuwe datacenters voor {M}, meldde het bedrijf dinsdag.",
          "Analisten verwachten dat {C} met {M} een marktaandeel van {P} haalt.",
          "Het aandeel {D} daalde {P} nadat {C} het model {M} lanceerde.",
          "De omzet van {C} steeg het afgelopen kwartaal tot {$}.",
          "{M} haalt volgens de ranglijst een Intelligence Index van {S} punten."},
      "ru", new String[] {"Компания {C} инвестирует {$} в новые центры обработки данных для {M}.",
          "Аналитики ожидают, что доля {C} на рынке вырастет на {P} после выхода {M}.",
          "Акции {D} упали на {P} после того, как {C} представила модель {M}.",
          "Выручка {C} за квартал составила {$}.",
          "Индекс интеллекта модели {M} составил {S} баллов."},
      "zh", new String[] {"{C}周二表示，将投资{$}建设用于{M}的新数据中心。",
          "分析师预计，{C}凭借{M}的市场份额将提升{P}。",
          "在{C}发布{M}之后，{D}股价下跌{P}。",
          "{C}本季度营收达到{$}。",
          "{M}在智能指数上的得分为{S}分。"},
      "ja", new String[] {"{C}は火曜日、{M}向けの新しいデータセンターに{$}を投資すると発表した。",
          "アナリストは、{C}が{M}の投入で市場シェアを{P}伸ばすと予想している。",
          "{C}が{M}を発表した後、{D}の株価は{P}下落した。",
          "{C}の四半期売上高は{$}に達した。",
          "{M}のインテリジェンスインデックスは{S}ポイントだった。"});
  private static final Map<String, String[]> FILLER_EXTRA = Map.of(
      "zh", new String[] {"中国的人工智能产业在过去一年里取得了长足进步，多家企业发布了开源大模型。",
          "业内人士指出，算力成本的下降让更多中小企业能够部署大语言模型。",
          "与此同时，美国对先进芯片的出口管制仍在持续，国产芯片厂商加快了研发步伐。",
          "专家认为，开源生态将成为中国人工智能企业参与全球竞争的重要抓手。"});

  private final SplittableRandom rnd;
  private final Map<String, List<String>> companies = new HashMap<>();
  private final List<String> models = new ArrayList<>();
  private final Map<String, List<String>> filler = new HashMap<>();
  private double factShare = DEFAULT_FACT_SHARE;

  private CorpusGenerator(long seed, LexiconSource lexicons, Path seeds) throws IOException {
    this.rnd = new SplittableRandom(seed);
    ObjectMapper json = new ObjectMapper();
    for (String l : LANGS) {
      companies.put(l, new ArrayList<>());
      filler.put(l, new ArrayList<>(List.of(FILLER_EXTRA.getOrDefault(l, new String[0]))));
    }
    try (BufferedReader r = lexicons.open("companies.jsonl")) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String name = n.path("name").asText();
        JsonNode a = n.path("aliases");
        for (String l : LANGS) {
          String key = switch (l) {
            case "zh" -> "zh-Hans";
            case "ja" -> "ja";
            case "ru" -> "ru";
            default -> "latin";
          };
          String alias = a.path(key).path(0).asText(null);
          companies.get(l).add(alias != null ? alias : name);
        }
      }
    }
    try (BufferedReader r = lexicons.open("models.jsonl")) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          models.add(json.readTree(line).path("name").asText());
        }
      }
    }
    if (seeds != null && Files.isDirectory(seeds)) {
      Map<String, String> seedLang = Map.of("000", "nl", "001", "ru", "002", "de", "003", "en", "004", "ja");
      try (var files = Files.list(seeds)) {
        for (Path f : files.sorted().toList()) {
          String lang = seedLang.get(f.getFileName().toString().substring(0, 3));
          if (lang != null) {
            for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
              if (p.strip().length() > 60) {
                filler.get(lang).add(p.strip());
              }
            }
          }
        }
      }
    }
  }

  /**
   * The default share of sentences built from the fact templates (the rest are real sentences from the
   * seeds, which carry facts of their own). At a third, every language has at least as many facts per
   * 1,000 characters as the seeds, the user's own articles (measured 2026-11-23: en 6.3 vs 5.8, nl 11.2
   * vs 8.0, ru 13.3 vs 10.0, ja 30.1 vs 26.8, de 6.1 vs 1.4); two thirds gave the first benchmarks'
   * corpus, 1.3 to 10 times as dense as the seeds.
   */
  public static final double DEFAULT_FACT_SHARE = 1.0 / 3;

  /** Writes {@code docs} articles under {@code out}; returns the total bytes written. */
  public static long generate(int docs, Path out, long seed, LexiconSource lexicons, Path seeds) throws IOException {
    return generate(docs, out, seed, lexicons, seeds, DEFAULT_FACT_SHARE);
  }

  /** As {@link #generate(int, Path, long, LexiconSource, Path)}, with this share of fact sentences. */
  public static long generate(int docs, Path out, long seed, LexiconSource lexicons, Path seeds, double factShare)
      throws IOException {
    if (!(factShare >= 0 && factShare <= 1)) {
      throw new IllegalArgumentException("fact share must be between 0 and 1, got " + factShare);
    }
    CorpusGenerator g = new CorpusGenerator(seed, lexicons, seeds);
    g.factShare = factShare;
    return g.write(docs, out);
  }

  /**
   * How an article is written: plain text (55%), an HTML page (37%), an RSS 2.0 or Atom feed of
   * {@value #FEED_ITEMS} shorter articles (3% and 2%), or a PDF (3% of the Latin-script languages; the
   * PDF's standard fonts have no Cyrillic or CJK glyphs).
   */
  enum Kind { TEXT, HTML, RSS, ATOM, PDF }

  /** Articles in a feed file; each is a third of the usual length, so a feed is about one article's size. */
  static final int FEED_ITEMS = 3;

  private Kind kind(String lang) {
    int r = rnd.nextInt(100);
    if (r < 3) {
      return Kind.RSS;
    }
    if (r < 5) {
      return Kind.ATOM;
    }
    if (r < 8 && PdfArticle.writesScript(lang)) {
      return Kind.PDF;
    }
    return r < 45 ? Kind.HTML : Kind.TEXT;
  }

  /** One generated article: a title and paragraphs about {@code target} chars long (a third for CJK). */
  private record Draft(String title, List<String> paragraphs) {}

  private Draft draft(String lang, int target) {
    String title = sentence(lang).replaceAll("[.。]$", "");
    StringBuilder body = new StringBuilder();
    List<String> paragraphs = new ArrayList<>();
    boolean cjk = lang.equals("zh") || lang.equals("ja");
    while (body.length() < target / (cjk ? 3 : 1)) {
      StringBuilder p = new StringBuilder();
      for (int k = 0; k < 3; k++) {
        p.append(rnd.nextDouble() >= factShare && !filler.get(lang).isEmpty()
            ? pick(filler.get(lang)) : sentence(lang)).append(cjk ? "" : " ");
      }
      paragraphs.add(p.toString().strip());
      body.append(p);
    }
    return new Draft(title, paragraphs);
  }

  private long write(int docs, Path out) throws IOException {
    long bytes = 0;
    for (int i = 0; i < docs; i++) {
      String lang = LANGS[i % LANGS.length];
      int target = i % 25 == 24 ? 50_000 : 5_000;
      Kind kind = kind(lang);
      List<Draft> drafts = new ArrayList<>();
      boolean feed = kind == Kind.RSS || kind == Kind.ATOM;
      for (int k = 0; k < (feed ? FEED_ITEMS : 1); k++) {
        drafts.add(draft(lang, feed ? target / FEED_ITEMS : target));
      }
      Draft d = drafts.get(0);
      boolean legacy = rnd.nextInt(10) < 3;
      boolean declare = rnd.nextBoolean();
      String[] cs = LEGACY.get(lang);
      Charset charset = legacy ? Charset.forName(cs[rnd.nextInt(cs.length)]) : StandardCharsets.UTF_8;
      String date = date();
      byte[] b = kind == Kind.PDF ? PdfArticle.write(d.title(), d.paragraphs()) : null;
      if (kind == Kind.PDF && b == null) {
        kind = Kind.TEXT; // a char the PDF's standard font cannot show
      }
      if (b == null) {
        String text = text(kind, drafts, charset, declare, date, i);
        if (!charset.newEncoder().canEncode(text)) {
          charset = StandardCharsets.UTF_8;
          text = text(kind, drafts, charset, true, date, i);
        }
        b = text.getBytes(charset);
      }
      Path dir = Files.createDirectories(out.resolve(lang));
      Path f = dir.resolve(String.format(Locale.ROOT, "%06d%s", i, EXTENSIONS.get(kind)));
      Files.write(f, b);
      bytes += b.length;
    }
    return bytes;
  }

  private static final Map<Kind, String> EXTENSIONS = Map.of(
      Kind.TEXT, ".txt", Kind.HTML, ".html", Kind.RSS, ".rss", Kind.ATOM, ".atom", Kind.PDF, ".pdf");

  private static String text(Kind kind, List<Draft> drafts, Charset cs, boolean declare, String date, int n) {
    Draft d = drafts.get(0);
    return switch (kind) {
      case HTML -> html(d.title(), d.paragraphs(), cs, declare);
      case RSS -> rss(drafts, cs, date, n);
      case ATOM -> atom(drafts, cs, date, n);
      default -> d.title() + "\n\n" + String.join("\n\n", d.paragraphs()) + "\n";
    };
  }

  /** A publication date in 2025 or 2026 (ISO date; feeds write it in their own formats). */
  private String date() {
    return String.format(Locale.ROOT, "%d-%02d-%02d", 2025 + rnd.nextInt(2), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
  }

  private static String rss(List<Draft> items, Charset cs, String date, int n) {
    java.time.LocalDate day = java.time.LocalDate.parse(date);
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"").append(cs.name()).append("\"?>\n")
        .append("<rss version=\"2.0\"><channel><title>Tech News</title><link>https://news.example/</link>")
        .append("<description>AI and chips</description>\n");
    for (int k = 0; k < items.size(); k++) {
      Draft d = items.get(k);
      String when = day.minusDays(k).atTime(9 + k, 30).atOffset(java.time.ZoneOffset.UTC)
          .format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
      x.append("<item><title>").append(esc(d.title())).append("</title>")
          .append("<link>https://news.example/a/").append(n).append('-').append(k).append("</link>")
          .append("<pubDate>").append(when).append("</pubDate><description>")
          .append(esc(paragraphsHtml(d.paragraphs()))).append("</description></item>\n");
    }
    return x.append("</channel></rss>\n").toString();
  }

  private static String atom(List<Draft> entries, Charset cs, String date, int n) {
    java.time.LocalDate day = java.time.LocalDate.parse(date);
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"").append(cs.name()).append("\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Tech News</title>")
        .append("<id>https://news.example/feed</id><updated>").append(date).append("T12:00:00Z</updated>\n");
    for (int k = 0; k < entries.size(); k++) {
      Draft d = entries.get(k);
      x.append("<entry><title>").append(esc(d.title())).append("</title>")
          .append("<link href=\"https://news.example/e/").append(n).append('-').append(k).append("\"/>")
          .append("<id>https://news.example/e/").append(n).append('-').append(k).append("</id>")
          .append("<updated>").append(day.minusDays(k)).append("T08:00:00Z</updated>")
          .append("<content type=\"html\">").append(esc(paragraphsHtml(d.paragraphs()))).append("</content></entry>\n");
    }
    return x.append("</feed>\n").toString();
  }

  private static String paragraphsHtml(List<String> paragraphs) {
    StringBuilder h = new StringBuilder();
    for (String p : paragraphs) {
      h.append("<p>").append(esc(p)).append("</p>");
    }
    return h.toString();
  }

  private static String html(String title, List<String> paragraphs, Charset cs, boolean declare) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head>");
    if (declare) {
      h.append("<meta charset=\"").append(cs.name()).append("\">");
    }
    h.append("<title>").append(esc(title)).append(" | Tech News</title>")
        .append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">")
        .append("</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/ai\">AI</a></li>")
        .append("<li><a href=\"/chips\">Chips</a></li></ul></nav><main><article><h1>").append(esc(title)).append("</h1>\n");
    for (String p : paragraphs) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    h.append("</article></main><aside class=\"most-read\"><h2>Most read</h2><ul><li>Subscribe for $1 a month</li>")
        .append("</ul></aside><footer>© Tech News. All rights reserved.</footer></body></html>\n");
    return h.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private String sentence(String lang) {
    String t = pick(TEMPLATES.get(lang));
    List<String> cs = companies.get(lang);
    return t.replace("{C}", pick(cs)).replace("{D}", pick(cs)).replace("{M}", pick(models))
        .replace("{$}", money(lang)).replace("{P}", percent(lang)).replace("{S}", String.valueOf(50 + rnd.nextInt(46)));
  }

  private String money(String lang) {
    int n = 2 + rnd.nextInt(900);
    int d = rnd.nextInt(10);
    return switch (lang) {
      case "en" -> rnd.nextBoolean() ? "$" + n + "." + d + " billion" : n + " million euros";
      case "de" -> rnd.nextBoolean() ? n + "," + d + " Milliarden Euro" : n + " Mio. US-Dollar";
      case "nl" -> rnd.nextBoolean() ? "€" + n + "," + d + " miljard" : n + " miljoen dollar";
      case "ru" -> rnd.nextBoolean() ? n + " млрд рублей" : n + "," + d + " млрд долларов";
      case "zh" -> rnd.nextBoolean() ? n + "亿元" : n + "." + d + "亿美元";
      default -> rnd.nextBoolean() ? n + "億円" : (1 + rnd.nextInt(9)) + "兆" + (1000 + rnd.nextInt(8999)) + "億円";
    };
  }

  private String percent(String lang) {
    int n = 1 + rnd.nextInt(60);
    return switch (lang) {
      case "de" -> n + " Prozent";
      case "nl" -> n + " procent";
      case "ru" -> n + "%";
      case "zh" -> rnd.nextBoolean() ? n + "%" : "百分之" + n;
      case "ja" -> n + "％";
      default -> n + "%";
    };
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}
