package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.masthead.Problem;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.PageReuse;
import io.github.masthead.render.SiteView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of a paginated section are reused by the next build when their own posts and the section's name and
 * size are unchanged: an edit to one post renders again only the page that lists it. An output that shows no
 * article text, as a sitemap, is reused when only the text changed.
 */
class OutputReuseTest {

    @Test
    void anEditedPostRendersAgainOnlyTheSectionPageListingItAndANewPostEveryPage(@TempDir Path tmp) throws Exception {
        ThemeOutputs outputs = ThemeOutputs.of(tmp, Map.of("url", "https://example.org", "timezone", "UTC",
                "outputs", Map.of("section", Map.of("paginate", 2))), "section");
        RecordingMemo memo = new RecordingMemo();
        List<Post> posts = stories(5);

        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("every page rendered, none of them reading the whole site")
                .containsExactlyInAnyOrder("harbour/index.html", "harbour/page2/index.html", "harbour/page3/index.html");

        posts.set(0, post(1, "Story 1, corrected"));
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("the oldest story is on the last page").containsExactly("harbour/page3/index.html");
        assertThat(memo.reused).containsExactlyInAnyOrder("harbour/index.html", "harbour/page2/index.html");
        assertThat(Files.readString(tmp.resolve("out/harbour/page3/index.html"))).contains("Story 1, corrected");

        posts.add(post(6, "Story 6"));
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("the section's size, shown on every page, changed").containsExactlyInAnyOrder(
                "harbour/index.html", "harbour/page2/index.html", "harbour/page3/index.html");
        assertThat(Files.readString(tmp.resolve("out/harbour/page2/index.html"))).contains("6 stories")
                .doesNotContain("5 stories");
    }

    @Test
    void aSitemapIsKeptWhenOnlyAnArticlesTextChangesAndAFeedOfTheTextIsNot(@TempDir Path tmp) throws Exception {
        ThemeOutputs outputs = ThemeOutputs.of(tmp, Map.of("url", "https://example.org", "timezone", "UTC"),
                "sitemap", "rss");
        RecordingMemo memo = new RecordingMemo();
        List<Post> posts = stories(3);

        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("the sitemap dates the home page by the newest post without reading the site")
                .containsExactlyInAnyOrder("sitemap.xml", "rss.xml");
        assertThat(Files.readString(tmp.resolve("out/sitemap.xml")))
                .contains("<loc>https://example.org/</loc><lastmod>2024-04-03T08:00:00Z</lastmod>");

        posts.set(1, post(2, "Story 2", "<p>Text, with a correction.</p>"));
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("the feed shows the text").containsExactly("rss.xml");
        assertThat(memo.reused).as("the sitemap shows addresses and dates alone").containsExactly("sitemap.xml");
        assertThat(Files.readString(tmp.resolve("out/rss.xml"))).contains("with a correction");

        posts.set(1, post(2, "Story 2, retitled", "<p>Text, with a correction.</p>"));
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("the feed shows the titles").containsExactly("rss.xml");
        assertThat(memo.reused).as("the sitemap shows no title").containsExactly("sitemap.xml");
        assertThat(Files.readString(tmp.resolve("out/rss.xml"))).contains("Story 2, retitled");

        posts.set(1, post(2, "Story 2, retitled", "<p>Text, with a correction.</p>",
                Map.of("last_modified_at", "2024-04-05 09:00:00 +0000")));
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("a post's other fields stay in the key").containsExactlyInAnyOrder("sitemap.xml",
                "rss.xml");
        assertThat(Files.readString(tmp.resolve("out/sitemap.xml")))
                .contains("<lastmod>2024-04-05T09:00:00Z</lastmod>");
    }

    @Test
    void aFileThatListsTitlesIsKeptWhenOnlyAnArticlesTextChangesAndMadeAgainWhenATitleDoes(@TempDir Path tmp)
            throws Exception {
        Files.createDirectories(tmp.resolve("src/_layouts/outputs"));
        Files.writeString(tmp.resolve("src/_layouts/outputs/titles.txt.peb"),
                "{% for post in items %}{{ post.params.title }}\n{% endfor %}");
        ThemeOutputs outputs = ThemeOutputs.of(tmp, Map.of("url", "https://example.org", "timezone", "UTC",
                "outputs", Map.of("titles", Map.of("template", "layouts/outputs/titles.txt", "path", "/titles.txt"))),
                "titles");
        RecordingMemo memo = new RecordingMemo();
        List<Post> posts = stories(3);
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).containsExactly("titles.txt");

        posts.set(1, post(2, "Story 2", "<p>Text, with a correction.</p>"));
        render(tmp, outputs, posts, memo);
        assertThat(memo.reused).as("no text shown").containsExactly("titles.txt");

        posts.set(1, post(2, "Story 2, retitled", "<p>Text, with a correction.</p>"));
        render(tmp, outputs, posts, memo);
        assertThat(memo.rendered).as("the titles shown, from the front matter").containsExactly("titles.txt");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).contains("Story 2, retitled");
    }

    @Test
    void aRehearsalRendersTheFirstFileOfEachFormatAndWritesNothing(@TempDir Path tmp) throws Exception {
        ThemeOutputs outputs = ThemeOutputs.of(tmp, Map.of("url", "https://example.org", "timezone", "UTC",
                "outputs", Map.of("section", Map.of("paginate", 2))), "section", "sitemap", "rss");
        SiteView site = new SiteView(outputs.settings(), new SiteModel(stories(5), List.of()));

        assertThat(OutputRenderer.rehearsing(outputs.engine(), site).rehearse(outputs.formats()))
                .as("the section's first page of three, the sitemap and the feed").isEqualTo(3);
        try (var made = Files.list(tmp)) {
            assertThat(made).as("nothing written beside the theme's site folder").containsExactly(tmp.resolve("src"));
        }
        try (Publisher publisher = new Publisher(tmp.resolve("out"))) {
            assertThatThrownBy(() -> new OutputRenderer(outputs.engine(), site, publisher, problem -> { })
                    .rehearse(outputs.formats())).as("a renderer that writes would write the first files alone")
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    /** Stories 1 to {@code count}, one a day. */
    private static List<Post> stories(int count) {
        List<Post> posts = new ArrayList<>();
        for (int day = 1; day <= count; day++) {
            posts.add(post(day, "Story " + day));
        }
        return posts;
    }

    private static void render(Path tmp, ThemeOutputs outputs, List<Post> posts, RecordingMemo memo) {
        memo.rendered.clear();
        memo.reused.clear();
        List<Problem> problems = new ArrayList<>();
        try (Publisher publisher = new Publisher(tmp.resolve("out"))) {
            new OutputRenderer(outputs.engine(), new SiteView(outputs.settings(),
                    new SiteModel(List.copyOf(posts), List.of())), publisher, problems::add, memo)
                    .render(outputs.formats(), List.of());
            publisher.commit();
        }
        assertThat(problems).isEmpty();
    }

    private static Post post(int day, String title) {
        return post(day, title, "<p>Text.</p>");
    }

    private static Post post(int day, String title, String html) {
        return post(day, title, html, Map.of());
    }

    /** A story with {@code title} and the {@code more} keys in its front matter. */
    private static Post post(int day, String title, String html, Map<String, Object> more) {
        ZonedDateTime date = ZonedDateTime.of(2024, 4, day, 8, 0, 0, 0, ZoneOffset.UTC);
        String url = "/2024/04/0" + day + "/story" + day + ".html";
        Map<String, Object> params = new HashMap<>(more);
        params.put("title", title);
        return new Post("_posts/2024-04-0" + day + "-story" + day + ".md", "story" + day, title, date,
                List.of("harbour"), List.of(), "post", "", "", url, url.substring(1), html, "Text.", "",
                false, params);
    }

    /** Keeps every page rendered from its own inputs, and notes which pages were rendered and which reused. */
    private static final class RecordingMemo implements PageReuse.Memo {
        private final Map<String, Object> keys = new HashMap<>();
        private final Map<String, String> pages = new HashMap<>();
        final List<String> rendered = new ArrayList<>();
        final List<String> reused = new ArrayList<>();

        @Override
        public synchronized Optional<String> get(String outputPath, Object key) {
            if (key.equals(keys.get(outputPath))) {
                reused.add(outputPath);
                return Optional.of(pages.get(outputPath));
            }
            return Optional.empty();
        }

        @Override
        public synchronized void put(String outputPath, Object key, String html) {
            rendered.add(outputPath);
            keys.put(outputPath, key);
            pages.put(outputPath, html);
        }
    }
}
