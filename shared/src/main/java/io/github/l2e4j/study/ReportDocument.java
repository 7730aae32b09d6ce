package io.github.l2e4j.study;

import java.util.ArrayList;
import java.util.List;

/** A report as a list of blocks, rendered to Markdown and to a standalone HTML page. */
final class ReportDocument {

    private sealed interface Block permits Heading, Paragraph, Table, Image, Code {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private record Image(String path, String alt) implements Block {
    }

    private record Code(String text) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    ReportDocument(String title) {
        this.title = title;
    }

    ReportDocument heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    ReportDocument paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    ReportDocument table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    ReportDocument image(String path, String alt) {
        blocks.add(new Image(path, alt));
        return this;
    }

    ReportDocument code(String text) {
        blocks.add(new Code(text));
        return this;
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (b instanceof Paragraph p) {
                sb.append(p.text()).append("\n\n");
            } else if (b instanceof Table t) {
                sb.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                sb.append("---|".repeat(t.header().size())).append('\n');
                for (List<String> r : t.rows()) {
                    sb.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                            .append(" |\n");
                }
                sb.append('\n');
            } else if (b instanceof Image i) {
                sb.append("![").append(i.alt()).append("](").append(i.path()).append(")\n\n");
            } else if (b instanceof Code c) {
                sb.append("```\n").append(c.text()).append("\n```\n\n");
            }
        }
        return sb.toString();
    }

    String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;"
                        + "padding:0 1em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;"
                        + "padding:2px 8px;text-align:right}th{background:#eee}td:first-child{text-align:left}"
                        + "img{max-width:100%;margin:0.5em 0}code,pre{background:#f4f4f4}</style></head><body>\n<h1>")
                .append(esc(title)).append("</h1>\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (b instanceof Paragraph p) {
                sb.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (b instanceof Table t) {
                sb.append("<table><tr>");
                for (String h : t.header()) {
                    sb.append("<th>").append(inline(h)).append("</th>");
                }
                sb.append("</tr>\n");
                for (List<String> r : t.rows()) {
                    sb.append("<tr>");
                    for (String c : r) {
                        sb.append("<td>").append(inline(c)).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            } else if (b instanceof Image i) {
                sb.append("<p><img src=\"").append(esc(i.path())).append("\" alt=\"").append(esc(i.alt())).append("\"></p>\n");
            } else if (b instanceof Code c) {
                sb.append("<pre>").append(esc(c.text())).append("</pre>\n");
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    /** Escapes HTML and turns `code` spans and **bold** into tags. */
    private static String inline(String s) {
        String e = esc(s);
        e = e.replaceAll("`([^`]+)`", "<code>$1</code>");
        return e.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
