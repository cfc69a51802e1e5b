package dev.coinengine.runner.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes {@code report.json} (undefined figures as {@code null}) and {@code report.html} (tables
 * and hand-written SVG equity curves, no scripts, no external resources).
 */
public final class ReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes both files into {@code outDir} (created if needed); returns the JSON path. */
  public Path write(EvaluationReport report, Path outDir) {
    try {
      Files.createDirectories(outDir);
      Path json = outDir.resolve("report.json");
      Files.writeString(json, JSON.writeValueAsString(toJson(report)), StandardCharsets.UTF_8);
      Files.writeString(outDir.resolve("report.html"), toHtml(report), StandardCharsets.UTF_8);
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + outDir, e);
    }
  }

  static ObjectNode toJson(EvaluationReport r) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode input = root.putObject("input");
    input.put("data", r.data());
    input.put("from", r.from());
    input.put("to", r.to());
    r.timeframes().forEach(input.putArray("timeframes")::add);
    r.families().forEach(input.putArray("families")::add);
    input.put("roundTripCostBps", r.costBps());
    input.put("trials", r.trials());
    input.put("threads", r.threads());
    input.put("seconds", r.seconds());
    root.set("summary", performance(r.summary()));
    ObjectNode baselines = root.putObject("baselines");
    baselines.set("alwaysFlat", performance(r.alwaysFlat()));
    baselines.set("buyAndHold", performance(r.buyAndHold()));
    ArrayNode coins = root.putArray("coins");
    for (CoinEvaluation c : r.coins()) {
      ObjectNode node;
      if (c.evaluated()) {
        node = performance(c.strategy());
        node.put("from", Instant.ofEpochMilli(c.fromMs()).toString());
        node.put("to", Instant.ofEpochMilli(c.toMs()).toString());
        node.set("buyAndHold", performance(c.buyAndHold()));
      } else {
        node = JSON.createObjectNode();
        node.put("skipped", c.skipped());
      }
      node.put("symbol", c.symbol());
      node.put("timeframe", c.timeframe());
      coins.add(node);
    }
    ArrayNode engines = root.putArray("engines");
    for (EngineSummary e : r.engines()) {
      ObjectNode node = engines.addObject();
      node.put("engine", e.family());
      node.put("regime", e.regime());
      node.put("timeframe", e.timeframe());
      node.put("coins", e.coins());
      node.put("skippedCoins", e.skipped());
      number(node, "hitRate", e.hitRate());
      node.put("oosSamples", e.oosSamples());
      number(node, "sharpe", e.sharpe());
      number(node, "medianNetReturn", e.medianNetReturn());
    }
    ArrayNode leakage = root.putArray("leakage");
    for (EvaluationReport.FlagOnCoin f : r.leakage()) {
      ObjectNode node = leakage.addObject();
      node.put("symbol", f.symbol());
      node.put("timeframe", f.timeframe());
      node.put("check", f.check());
      node.put("subject", f.subject());
      node.put("detail", f.detail());
    }
    return root;
  }

  private static ObjectNode performance(Performance p) {
    ObjectNode node = JSON.createObjectNode();
    number(node, "sharpe", p.sharpe());
    number(node, "psr", p.psr());
    number(node, "dsr", p.dsr());
    number(node, "netReturn", p.netReturn());
    number(node, "maxDrawdown", p.maxDrawdown());
    node.put("trades", p.trades());
    node.put("coins", p.coins());
    node.put("bars", p.bars());
    return node;
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  static String toHtml(EvaluationReport r) {
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Evaluation report</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
        .append("th{background:#f3f3f3}td.l,th.l{text-align:left}")
        .append(".s{color:#2060c0}.b{color:#b05000}")
        .append("</style></head><body>\n<h1>Evaluation report</h1>\n<p>Data <code>")
        .append(esc(r.data()))
        .append("</code>, ")
        .append(esc(r.from() == null ? "start" : r.from()))
        .append(" to ")
        .append(esc(r.to() == null ? "end" : r.to()))
        .append(", timeframes ")
        .append(esc(String.join(", ", r.timeframes())))
        .append(", engines ")
        .append(esc(String.join(", ", r.families())))
        .append(", round-trip cost ")
        .append(fmt(r.costBps(), 1))
        .append(" bps, DSR over ")
        .append(r.trials())
        .append(" trials. ")
        .append(fmt(r.seconds(), 1))
        .append(" s on ")
        .append(r.threads())
        .append(" threads.</p>\n");
    h.append("<h2>Summary (equal-weight portfolio, out of sample, after costs)</h2>\n");
    h.append("<table><tr><th class=l>strategy</th>");
    for (String c : new String[] {"Sharpe", "PSR", "DSR", "net return", "max DD", "trades"}) {
      h.append("<th>").append(c).append("</th>");
    }
    h.append("<th>coins</th><th>bars</th></tr>\n");
    row(h, "engine", r.summary());
    row(h, "always flat", r.alwaysFlat());
    row(h, "buy and hold", r.buyAndHold());
    h.append("</table>\n");
    h.append(svg(r.equity(), r.buyAndHoldEquity(), 720, 260));
    h.append("<p><span class=s>&#9632; engine</span> <span class=b>&#9632; buy and hold</span>")
        .append(" &#8212; dashed: always flat (1.0)</p>\n");
    h.append("<h2>Engines</h2>\n<table><tr><th class=l>engine</th><th class=l>regime</th>")
        .append("<th class=l>tf</th><th>coins</th><th>skipped</th><th>hit rate</th>")
        .append("<th>OOS samples</th><th>Sharpe after costs</th></tr>\n");
    for (EngineSummary e : r.engines()) {
      h.append("<tr><td class=l>")
          .append(esc(e.family()))
          .append("</td><td class=l>")
          .append(esc(e.regime()))
          .append("</td><td class=l>")
          .append(esc(e.timeframe()))
          .append("</td><td>")
          .append(e.coins())
          .append("</td><td>")
          .append(e.skipped())
          .append("</td><td>")
          .append(fmt(e.hitRate(), 3))
          .append("</td><td>")
          .append(e.oosSamples())
          .append("</td><td>")
          .append(fmt(e.sharpe(), 2))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Leakage flags</h2>\n");
    if (r.leakage().isEmpty()) {
      h.append("<p>None raised.</p>\n");
    } else {
      h.append("<table><tr><th class=l>coin</th><th class=l>check</th><th class=l>subject</th>")
          .append("<th class=l>detail</th></tr>\n");
      for (EvaluationReport.FlagOnCoin f : r.leakage()) {
        h.append("<tr><td class=l>")
            .append(esc(f.symbol() + " " + f.timeframe()))
            .append("</td><td class=l>")
            .append(esc(f.check()))
            .append("</td><td class=l>")
            .append(esc(f.subject()))
            .append("</td><td class=l>")
            .append(esc(f.detail()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<h2>Coins</h2>\n<table><tr><th class=l>coin</th><th class=l>tf</th>")
        .append("<th>Sharpe</th><th>PSR</th><th>DSR</th><th>net return</th><th>max DD</th>")
        .append("<th>trades</th><th>bars</th><th>buy and hold</th><th>equity</th></tr>\n");
    for (CoinEvaluation c : r.coins()) {
      h.append("<tr><td class=l>")
          .append(esc(c.symbol()))
          .append("</td><td class=l>")
          .append(esc(c.timeframe()))
          .append("</td>");
      if (!c.evaluated()) {
        h.append("<td class=l colspan=9>skipped: ").append(esc(c.skipped())).append("</td>");
      } else {
        Performance p = c.strategy();
        h.append("<td>")
            .append(fmt(p.sharpe(), 2))
            .append("</td><td>")
            .append(fmt(p.psr(), 3))
            .append("</td><td>")
            .append(fmt(p.dsr(), 3))
            .append("</td><td>")
            .append(pct(p.netReturn()))
            .append("</td><td>")
            .append(pct(p.maxDrawdown()))
            .append("</td><td>")
            .append(p.trades())
            .append("</td><td>")
            .append(p.bars())
            .append("</td><td>")
            .append(pct(c.buyAndHold().netReturn()))
            .append("</td><td>")
            .append(svg(c.equity(), c.buyAndHoldEquity(), 160, 36))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</body></html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, String name, Performance p) {
    h.append("<tr><td class=l>")
        .append(name)
        .append("</td><td>")
        .append(fmt(p.sharpe(), 2))
        .append("</td><td>")
        .append(fmt(p.psr(), 3))
        .append("</td><td>")
        .append(fmt(p.dsr(), 3))
        .append("</td><td>")
        .append(pct(p.netReturn()))
        .append("</td><td>")
        .append(pct(p.maxDrawdown()))
        .append("</td><td>")
        .append(p.trades())
        .append("</td><td>")
        .append(p.coins())
        .append("</td><td>")
        .append(p.bars())
        .append("</td></tr>\n");
  }

  /** Two equity curves and the flat line at 1 on a shared scale. */
  static String svg(double[] strategy, double[] baseline, int width, int height) {
    double lo = 1;
    double hi = 1;
    for (double[] curve : new double[][] {strategy, baseline}) {
      for (double v : curve) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (hi - lo < 1e-12) {
      hi = lo + 1e-12;
    }
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\"><rect width=\"%d\" height=\"%d\" fill=\"#fff\" stroke=\"#ddd\"/>",
            width,
            height,
            width,
            height,
            width,
            height));
    double y1 = y(1, lo, hi, height);
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\""
                + " stroke-dasharray=\"4 3\"/>",
            y1,
            width,
            y1));
    polyline(s, baseline, "#b05000", lo, hi, width, height);
    polyline(s, strategy, "#2060c0", lo, hi, width, height);
    if (height > 100) {
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"4\" y=\"12\" font-size=\"11\">%.3f</text>"
                  + "<text x=\"4\" y=\"%d\" font-size=\"11\">%.3f</text>",
              hi,
              height - 4,
              lo));
    }
    return s.append("</svg>").toString();
  }

  private static void polyline(
      StringBuilder s, double[] curve, String colour, double lo, double hi, int w, int h) {
    if (curve.length < 2) {
      return;
    }
    s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" points=\"");
    for (int i = 0; i < curve.length; i++) {
      double x = (double) i * (w - 1) / (curve.length - 1);
      s.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(curve[i], lo, hi, h)));
    }
    s.append("\"/>");
  }

  private static double y(double v, double lo, double hi, int height) {
    return (height - 2) - (v - lo) / (hi - lo) * (height - 4);
  }

  private static String fmt(double v, int digits) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "&#8211;";
  }

  private static String pct(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : "&#8211;";
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
