package io.github.masthead.build;

import io.github.masthead.Problem;
import io.github.masthead.config.FrontMatterDefaults;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Page;
import io.github.masthead.content.Permalinks;
import io.github.masthead.content.UrlPaths;
import io.github.masthead.frontmatter.FrontMatter;
import io.github.masthead.frontmatter.FrontMatterParser;
import io.github.masthead.frontmatter.SafeYaml;
import io.github.masthead.frontmatter.SourceText;
import io.github.masthead.markdown.MarkdownRenderer;
import io.github.masthead.source.SourceFile;
import java.util.Map;
import java.util.Set;

/** Reads a page: a file with front matter outside the post folders. Thread-safe. */
final class PageReader {

    /** The layout name meaning "write the content as it is". */
    static final String NO_LAYOUT = "none";
    private static final Set<String> HTML_EXTENSIONS = Set.of(".html", ".htm", ".xhtml");

    private final Settings settings;
    private final Permalinks permalinks;
    private final MarkdownRenderer markdown;
    private final FrontMatterParser parser = new FrontMatterParser();

    PageReader(Settings settings, Permalinks permalinks, MarkdownRenderer markdown) {
        this.settings = settings;
        this.permalinks = permalinks;
        this.markdown = markdown;
    }

    /**
     * A page read, or the error that stopped it.
     *
     * @param page    the page, or {@code null} when it failed or is unpublished
     * @param problem the error naming the file and line, or {@code null}
     */
    record Result(Page page, Problem problem) {
    }

    Result read(SourceFile file) {
        String rel = file.relativePath();
        try {
            SourceText text = parser.parse(rel, SourceFiles.readText(file.path(), PostReader.MAX_FILE_BYTES));
            Map<String, Object> data = FrontMatterDefaults.apply(settings.defaults(), rel, "pages", text.data());
            FrontMatter fm = FrontMatter.of(data, text);
            String name = file.name();
            int dot = name.lastIndexOf('.');
            String basename = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            String outputExt = ext.isEmpty() ? "" : PostReader.outputExtension(ext);
            String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
            String url = permalinks.pageUrl(fm.permalink(), dir, basename, outputExt);
            if (Boolean.FALSE.equals(fm.published()) && !settings.unpublished()) {
                return new Result(null, null);
            }
            String outputPath = UrlPaths.outputPath(url, outputExt);
            String unsafe = UrlPaths.unsafe(outputPath).orElse(null);
            if (unsafe != null) {
                return new Result(null, Problem.error(rel, fm.lineOf("permalink"), "cannot write this page to '"
                        + outputPath.replace('\0', '?') + "': " + unsafe + "; change its permalink"));
            }
            boolean isMarkdown = !ext.isEmpty() && MarkdownRenderer.isMarkdown(ext.substring(1));
            String content = isMarkdown ? markdown.render(text.body()) : text.body();
            String layout;
            if (fm.hasLayoutKey()) {
                layout = fm.layout() != null ? fm.layout() : NO_LAYOUT;
            } else {
                layout = HTML_EXTENSIONS.contains(outputExt) ? "page" : NO_LAYOUT;
            }
            return new Result(new Page(rel, fm.titleValue().orElse(""), url, outputPath,
                    layout, content, fm.params()), null);
        } catch (SafeYaml.YamlProblem e) {
            return new Result(null, Problem.error(rel, e.line(), e.getMessage()));
        } catch (SourceFiles.Unreadable e) {
            return new Result(null, Problem.error(rel, e.line(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new Result(null, Problem.error(rel, 0, e.getMessage()));
        }
    }
}
