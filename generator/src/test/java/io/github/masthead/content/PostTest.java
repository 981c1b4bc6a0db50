package io.github.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A post's front matter is a frozen copy, shared by its versions; its body may be any {@link Body}. */
class PostTest {

    private static Post post(Map<String, Object> params) {
        return new Post("_posts/2025-03-01-tides.html", "tides", "Tides", ZonedDateTime.parse("2025-03-01T08:00Z"),
                List.of("harbour"), List.of(), "post", "", "", "/tides.html", "tides.html", "<p>raw</p>", "", "",
                false, params);
    }

    @Test
    void frontMatterIsCopiedOnceKeptInOrderAndSharedByTheCleanedVersion() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("title", "Tides");
        given.put("from", "https://example.org/tides");
        given.put("comments", true);
        given.put("image", null);
        Post read = post(given);
        given.put("title", "changed after");

        assertThat(read.params().get("title")).isEqualTo("Tides");
        assertThat(read.params()).containsKey("image").hasToString(
                "{title=Tides, from=https://example.org/tides, comments=true, image=null}");
        Post cleaned = read.withBody("<p>clean</p>", "Tides", "");
        assertThat(cleaned.params()).isSameAs(read.params());
        assertThat(cleaned.content()).isEqualTo("<p>clean</p>");
        assertThat(read.content()).isEqualTo("<p>raw</p>");
        assertThatThrownBy(() -> read.params().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void postsWithTheSameTextAreEqualWhateverMapTheirFrontMatterCameIn() {
        assertThat(post(Map.of("title", "Tides"))).isEqualTo(post(new LinkedHashMap<>(Map.of("title", "Tides"))))
                .isNotEqualTo(post(Map.of("title", "Tides")).withBody("<p>other</p>", "", ""));
        assertThat(post(Map.of()).body()).isEqualTo(Body.of("<p>raw</p>"));
    }

    @Test
    void readingAnyPartOfTheArticleIsNotedAndReadingTheRestIsNot() {
        Post post = post(Map.of("title", "Tides")).withBody("<p>clean</p>", "Tides at dawn", "/lead.jpg");
        assertThat(SiteWideReads.track(post::title).text()).isFalse();
        assertThat(SiteWideReads.track(post::url).text()).isFalse();
        assertThat(SiteWideReads.track(post::date).text()).isFalse();
        assertThat(SiteWideReads.track(post::params).text()).isFalse();
        assertThat(SiteWideReads.track(post::content).text()).as("content").isTrue();
        assertThat(SiteWideReads.track(() -> post.body().toString()).text()).as("the body printed").isTrue();
        assertThat(SiteWideReads.track(post::excerpt).text()).as("excerpt").isTrue();
        assertThat(SiteWideReads.track(post::image).text()).as("lead image").isTrue();
        assertThat(SiteWideReads.track(post::toString).text()).as("the whole post printed").isTrue();
        SiteWideReads.Tracked<Boolean> outer = SiteWideReads.track(() -> SiteWideReads.track(post::content).text());
        assertThat(outer.value()).isTrue();
        assertThat(outer.text()).as("a read in nested work is the outer work's too").isTrue();
        assertThat(outer.siteWide()).isFalse();
    }

    @Test
    void aPostIsTheSameButForItsTextWhenOnlyItsBodyExcerptOrLeadImageDiffer() {
        Post post = post(Map.of("title", "Tides"));
        assertThat(post.sameButText(post.withBody("<p>other</p>", "Other", "/other.jpg"))).isTrue();
        assertThat(post.sameButText(post(Map.of("title", "Tides", "last_modified_at", "2025-03-02")))).isFalse();
        Post retitled = new Post(post.path(), post.slug(), "Tides, later", post.date(), post.categories(), post.tags(),
                post.layout(), post.author(), post.sourceLink(), post.url(), post.outputPath(), post.body(), "", "",
                false, post.params());
        assertThat(post.sameButText(retitled)).isFalse();
        Post moved = new Post(post.path(), post.slug(), post.title(), post.date(), post.categories(), post.tags(),
                post.layout(), post.author(), post.sourceLink(), "/elsewhere.html", "elsewhere.html", post.body(), "",
                "", false, post.params());
        assertThat(post.sameButText(moved)).isFalse();
    }

    @Test
    void readingATitleIsNotedWhetherFromThePostOrFromItsFrontMatter() {
        Post post = post(Map.of("title", "Tides", "from", "https://example.org/tides"));
        assertThat(SiteWideReads.track(post::title).title()).as("title").isTrue();
        assertThat(SiteWideReads.track(() -> post.params().get("title")).title()).as("front matter title").isTrue();
        assertThat(SiteWideReads.track(() -> List.copyOf(post.params().values())).title())
                .as("every front-matter value").isTrue();
        assertThat(SiteWideReads.track(post::toString).title()).as("the whole post printed").isTrue();
        assertThat(SiteWideReads.track(() -> SiteWideReads.track(post::title)).title())
                .as("a read in nested work is the outer work's too").isTrue();

        assertThat(SiteWideReads.track(() -> post.params().get("from")).title()).as("another key").isFalse();
        assertThat(SiteWideReads.track(() -> post.params().containsKey("title")).title()).as("its presence").isFalse();
        assertThat(SiteWideReads.track(post::url).title()).as("url").isFalse();
        assertThat(SiteWideReads.track(post::date).title()).as("date").isFalse();
        assertThat(SiteWideReads.track(post::excerpt).title()).as("excerpt").isFalse();
        assertThat(SiteWideReads.track(() -> post.equals(post(Map.of("title", "Tides")))).title())
                .as("comparing posts").isFalse();
    }

    @Test
    void aPostIsTheSameButForItsTextAndTitleWhenOnlyThoseDiffer() {
        Post post = post(Map.of("title", "Tides", "from", "https://example.org/tides"));
        Post retitled = new Post(post.path(), post.slug(), "Tides, later", post.date(), post.categories(), post.tags(),
                post.layout(), post.author(), post.sourceLink(), post.url(), post.outputPath(), "<p>new</p>", "New",
                "", false, Map.of("title", "Tides, later", "from", "https://example.org/tides"));
        assertThat(post.sameButTextAndTitle(retitled)).isTrue();
        assertThat(post.sameButText(retitled)).isFalse();

        assertThat(post.sameButTextAndTitle(post(Map.of("title", "Tides", "from", "https://example.org/other"))))
                .as("another front-matter value").isFalse();
        assertThat(post.sameButTextAndTitle(post(Map.of("title", "Tides", "author", "https://example.org/tides"))))
                .as("another front-matter key").isFalse();
        assertThat(post.sameButTextAndTitle(post(Map.of("from", "https://example.org/tides", "author", "Ann"))))
                .as("a title in one front matter only").isFalse();
        assertThat(post.sameButTextAndTitle(post(Map.of("title", "Tides", "from", "https://example.org/tides",
                "last_modified_at", "2025-03-02")))).as("a front-matter key more").isFalse();
        Post moved = new Post(post.path(), post.slug(), post.title(), post.date().plusDays(1), post.categories(),
                post.tags(), post.layout(), post.author(), post.sourceLink(), post.url(), post.outputPath(),
                post.body(), "", "", false, post.params());
        assertThat(post.sameButTextAndTitle(moved)).as("another date").isFalse();
    }
}
