package io.github.masthead.clean;

import io.github.masthead.frontmatter.FrontMatterParser;
import io.github.masthead.frontmatter.SourceText;
import io.github.masthead.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A post file read as the cleaner receives it: front matter split off, Markdown rendered, nothing else done
 * (not even the removal of a headline block, so that the cleaner's own handling of it is seen).
 */
record RawPost(String name, String html, ArticleContext context) {

    static RawPost read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        SourceText source = new FrontMatterParser().parse(name, text);
        Map<String, Object> data = source.data() == null ? Map.of() : source.data();
        String body = name.endsWith(".md") ? new MarkdownRenderer().render(source.body()) : source.body();
        String link = String.valueOf(data.getOrDefault("link", data.getOrDefault("from", "")));
        List<String> categories = new ArrayList<>();
        Object cats = data.get("categories");
        if (cats instanceof List<?> list) {
            list.forEach(c -> categories.add(String.valueOf(c).strip()));
        } else if (cats != null) {
            categories.add(String.valueOf(cats).strip());
        }
        String title = String.valueOf(data.getOrDefault("title", "")).strip();
        return new RawPost(name, body, new ArticleContext(name, title, link, categories, null));
    }

    /** Every post of a {@code _posts} folder, in name order. */
    static List<RawPost> all(Path posts) {
        try (Stream<Path> files = Files.list(posts)) {
            return files.sorted().map(RawPost::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source's code in the corpus's file names, such as {@code DW} or {@code BBC}. */
    String source() {
        return name.split("-")[3];
    }

    @Override
    public String toString() {
        return name;
    }
}
