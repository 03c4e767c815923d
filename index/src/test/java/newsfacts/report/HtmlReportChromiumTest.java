package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import newsfacts.index.FactSearcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report of the fixture index in headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) at desktop and phone widths, and checks that the charts and tables are
 * laid out visibly and the page does not overflow sideways. Skips, saying why, where there is no
 * Chromium. The screenshots and pages stay in {@code index/target/report-chromium/} for a human.
 */
class HtmlReportChromiumTest {
  private static final Path OUT = Path.of("target", "report-chromium").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Test-only probe appended to a copy of the page (the real report has no script, and its CSP forbids
   * one): writes each checked element's rendered size and visibility into a {@code <pre>} that
   * {@code --dump-dom} returns.
   */
  private static final String PROBE = """
      <script>
      (function(){
        function box(el){var r=el.getBoundingClientRect(),s=getComputedStyle(el);
          return {w:Math.round(r.width),h:Math.round(r.height),visible:s.visibility!=='hidden'&&s.display!=='none'&&s.opacity!=='0'};}
        var out={viewport:innerWidth,scrollWidth:document.documentElement.scrollWidth,items:{}};
        ['#chart-money','#chart-languages','table.leaderboard','table.companies','table.money-companies'].forEach(function(q){
          var el=document.querySelector(q); out.items[q]=el?box(el):null;});
        out.bars=[].slice.call(document.querySelectorAll('rect.bar')).map(function(b){return Math.round(b.getBoundingClientRect().width);});
        out.leaderRows=document.querySelectorAll('table.leaderboard tbody tr').length;
        var cjk=document.querySelector('blockquote[lang=zh]');out.cjk=cjk?box(cjk):null;
        var pre=document.createElement('pre');pre.id='probe';pre.textContent=JSON.stringify(out);document.body.appendChild(pre);
      })();
      </script>
      """;

  @TempDir
  static Path dir;
  static String chromium;
  static Path page;

  @BeforeAll
  static void render() throws Exception {
    chromium = findChromium();
    ReportFixture.build(dir, false);
    Files.createDirectories(OUT);
    try (FactSearcher s = FactSearcher.open(dir)) {
      String html = HtmlReport.render(ReportBuilder.build(s, ""));
      page = Files.writeString(OUT.resolve("report.html"), html, StandardCharsets.UTF_8);
      String probed = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
          .replace("</body>", PROBE + "</body>");
      Files.writeString(OUT.resolve("report-probe.html"), probed, StandardCharsets.UTF_8);
    }
  }

  @Test
  void chartsAndTablesAreVisibleAtDesktopWidth() throws Exception {
    JsonNode p = probe(1280, 2000);
    for (String q : List.of("#chart-money", "#chart-languages", "table.leaderboard", "table.companies",
        "table.money-companies")) {
      JsonNode box = p.path("items").path(q);
      assertTrue(box.path("visible").asBoolean() && box.path("w").asInt() > 200 && box.path("h").asInt() > 40,
          q + " is not laid out visibly: " + box);
    }
    // 3 companies with money, 3 languages; the largest bar of each chart is the full 330 units wide
    assertEquals(6, p.path("bars").size(), p.toString());
    assertEquals(2, p.path("leaderRows").asInt());
    assertTrue(p.path("scrollWidth").asInt() <= p.path("viewport").asInt(), "page overflows sideways: " + p);
    assertTrue(p.path("cjk").path("h").asInt() > 0, "Chinese sentence not rendered: " + p);
    Path png = screenshot(1280, 2000, "report-desktop.png");
    assertTrue(barPixels(png) > 500, "no blue chart bars in the screenshot " + png);
  }

  @Test
  void thePageFitsAPhone() throws Exception {
    JsonNode p = probe(390, 844);
    // wide tables scroll inside their own box; the page itself does not scroll sideways
    assertTrue(p.path("scrollWidth").asInt() <= p.path("viewport").asInt(), "page overflows sideways: " + p);
    // headless Chromium's narrowest window is 500 px: the chart fills the page width minus its margins
    int viewport = p.path("viewport").asInt();
    JsonNode chart = p.path("items").path("#chart-money");
    assertTrue(viewport <= 500, "window not narrowed: " + p);
    assertTrue(chart.path("w").asInt() >= viewport - 40 && chart.path("w").asInt() <= viewport,
        "chart does not fit the width: " + p);
    screenshot(390, 2400, "report-phone.png");
  }

  private static JsonNode probe(int width, int height) throws Exception {
    String dom = run(width, height, "--dump-dom", OUT.resolve("report-probe.html"));
    Files.writeString(OUT.resolve("dom-" + width + ".html"), dom, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(m.find(), "the probe did not run; DOM was:\n" + dom.substring(0, Math.min(2000, dom.length())));
    return JSON.readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
        .replace("&gt;", ">"));
  }

  private static Path screenshot(int width, int height, String name) throws Exception {
    Path png = OUT.resolve(name);
    Files.deleteIfExists(png);
    run(width, height, "--screenshot=" + png, page);
    assertTrue(Files.size(png) > 0, "no screenshot written");
    return png;
  }

  /** Pixels close to the money chart's bar colour (#2f6fde). */
  private static long barPixels(Path png) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (Math.abs(r - 0x2f) < 12 && Math.abs(g - 0x6f) < 12 && Math.abs(b - 0xde) < 12) {
          n++;
        }
      }
    }
    return n;
  }

  private static String run(int width, int height, String mode, Path file) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, mode,
        file.toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectError(OUT.resolve("chromium-stderr.log").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + cmd);
    }
    assertEquals(0, p.exitValue(), "chromium failed: " + cmd + "\n" + Files.readString(OUT.resolve("chromium-stderr.log")));
    return out;
  }

  private static String findChromium() {
    for (String c : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, c))) {
          return Path.of(d, c).toString();
        }
      }
    }
    Assumptions.abort("no chromium on PATH (Debian: apt-get install chromium; .ci/run does): HTML rendering not checked");
    return null;
  }
}
