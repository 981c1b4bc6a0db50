package io.github.masthead.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with flexmark-java: CommonMark plus tables and strikethrough. Raw HTML in the source is
 * passed through unchanged (the article cleaner sanitizes it afterwards). Thread-safe: the parser and renderer
 * are built once and shared.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders one Markdown document. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Whether a file with this extension (without the dot, any case) is Markdown. */
    public static boolean isMarkdown(String extension) {
        return switch (extension.toLowerCase(java.util.Locale.ROOT)) {
            case "md", "markdown", "mkd", "mkdn", "mdown", "mdwn" -> true;
            default -> false;
        };
    }
}
