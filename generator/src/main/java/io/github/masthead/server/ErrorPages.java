package io.github.masthead.server;

import io.github.masthead.Problem;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The HTML the preview adds for the person at the browser: the live-reload script, a banner listing the errors of
 * the latest build on every page, and a whole page for a URL that is missing because its source failed.
 * Immutable.
 */
final class ErrorPages {

    private static final String BANNER_STYLE = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;"
            + "max-height:40vh;overflow:auto;margin:0;padding:12px 16px;background:#3b0d0d;color:#fff;"
            + "font:14px/1.45 ui-monospace,monospace;border-top:3px solid #e5484d;text-align:left";

    private ErrorPages() {
    }

    /** The tags inserted into every HTML page served: the script, and the banner when the build had errors. */
    static String snippet(BuildStatus.Snapshot state) {
        StringBuilder out = new StringBuilder();
        if (state.hasErrors()) {
            out.append("<div id=\"masthead-problems\" role=\"alert\" style=\"").append(BANNER_STYLE).append("\">")
                    .append(summary(state)).append(list(state.errors())).append("</div>");
        }
        out.append("<script src=\"").append(LiveReload.SCRIPT).append("\" data-generation=\"")
                .append(state.generation()).append("\"></script>");
        return out.toString();
    }

    /** A page for a URL with no file while the build has errors: probably the page whose source failed. */
    static String missingPage(String path, BuildStatus.Snapshot state) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build error - Masthead preview"
                + "</title></head><body style=\"font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
                + "padding:0 1rem\"><h1>This page was not built</h1><p>Nothing is at <code>" + escape(path)
                + "</code>. " + summary(state) + "</p>" + list(state.errors())
                + "<p>Fix the file and save it: this page reloads by itself when the site is rebuilt.</p>"
                + "<script src=\"" + LiveReload.SCRIPT + "\" data-generation=\"" + state.generation()
                + "\"></script></body></html>\n";
    }

    /** Inserts {@code snippet} before the last {@code </body>}, or at the end when there is none. */
    static String inject(String html, String snippet) {
        int at = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body");
        return at < 0 ? html + snippet : html.substring(0, at) + snippet + html.substring(at);
    }

    private static String summary(BuildStatus.Snapshot state) {
        int n = state.errors().size();
        String what = n + (n == 1 ? " error" : " errors");
        return state.stale()
                ? "<strong>The last build stopped with " + what + "</strong>; you are seeing the build before it."
                : "<strong>The last build had " + what + "</strong>; the files named below were left out of the site.";
    }

    private static String list(List<Problem> errors) {
        StringBuilder out = new StringBuilder("<ul style=\"margin:.5em 0;padding-left:1.2em\">");
        for (Problem p : errors) {
            out.append("<li>");
            if (!p.location().isEmpty()) {
                out.append("<code style=\"font-weight:bold\">").append(escape(p.location())).append("</code>: ");
            }
            out.append(escape(p.message())).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
