package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.clean.CleanResult;
import io.github.masthead.content.Body;
import io.github.masthead.content.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder's files give back what was put in them, and hold each text that repeats once: a large archive's
 * build from the cache folder keeps every post's front matter and counts in memory.
 */
class CacheStoresTest {

    private static Post post(String slug, String title, String link) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("layout", "post");
        frontMatter.put("title", title);
        frontMatter.put("link", link);
        frontMatter.put("categories", "harbour");
        frontMatter.put("tags", List.of("ferries", "weather"));
        return new Post("_posts/2025-01-02-" + slug + ".md", slug, title,
                ZonedDateTime.parse("2025-01-02T08:00Z"), List.of("harbour"), List.of("ferries", "weather"), "post",
                "", link, "/2025/01/02/" + slug + ".html", "2025/01/02/" + slug + ".html", "", "An excerpt.", "",
                false, frontMatter);
    }

    @Test
    void postsReadBackShareTheirTextsWithTheirFrontMatterAndTheirNamesWithEachOther(@TempDir Path tmp)
            throws IOException {
        Post tides = post("tides", "Tide tables return", "https://harbour.example/tides");
        Post ferry = post("ferry", "Ferry timetable", "https://harbour.example/ferry");
        Path file = tmp.resolve("read.bin");
        ReadStore.save(file, "key", Map.of("tides", new ReadStore.Stored(tides, List.of(), "digest-1"),
                "ferry", new ReadStore.Stored(ferry, List.of(), "digest-2")));

        Map<String, ReadStore.Stored> loaded = ReadStore.load(file, "key");

        Post a = loaded.get("tides").post();
        Post b = loaded.get("ferry").post();
        assertThat(List.of(a, b)).isEqualTo(List.of(tides, ferry));
        assertThat(loaded.get("ferry").cleanDigest()).isEqualTo("digest-2");
        assertThat(a.params().get("title")).as("one title").isSameAs(a.title());
        assertThat(a.params().get("link")).as("one link").isSameAs(a.sourceLink());
        assertThat(a.params().get("layout")).isSameAs(a.layout()).isSameAs(b.layout());
        assertThat(a.params().get("categories")).isSameAs(a.categories().get(0)).isSameAs(b.categories().get(0));
        assertThat(a.tags().get(1)).isSameAs(b.tags().get(1));
        assertThat(((List<?>) b.params().get("tags")).get(0)).isSameAs(b.tags().get(0));
        assertThat(a.params().keySet()).containsExactly("layout", "title", "link", "categories", "tags");
        List<String> keysOfA = List.copyOf(a.params().keySet());
        List<String> keysOfB = List.copyOf(b.params().keySet());
        for (int i = 0; i < keysOfA.size(); i++) {
            assertThat(keysOfA.get(i)).as("front-matter key %s", keysOfA.get(i)).isSameAs(keysOfB.get(i));
        }
    }

    @Test
    void cleaningsReadBackShareTheNamesOfTheirRules(@TempDir Path tmp) throws IOException {
        Map<String, BuildCache.CleanEntry> entries = new LinkedHashMap<>();
        entries.put("digest-1", cleaning("<p>The tide tables are printed.</p>", Map.of("harbour-footer", 1)));
        entries.put("digest-2", cleaning("<p>The ferry leaves at seven.</p>",
                Map.of("harbour-footer", 2, "tracking-pixel", 300)));
        Path file = tmp.resolve("cleaned.bin");
        CleanStore.save(file, "key", entries);

        Map<String, BuildCache.CleanEntry> loaded = CleanStore.load(file, "key", false).entries();

        CleanResult first = loaded.get("digest-1").cleaned().result();
        CleanResult second = loaded.get("digest-2").cleaned().result();
        assertThat(loaded.get("digest-2").cleaned().body().text()).isEqualTo("<p>The ferry leaves at seven.</p>");
        assertThat(first.removals()).isEqualTo(Map.of("harbour-footer", 1));
        assertThat(second.removals()).isEqualTo(Map.of("harbour-footer", 2, "tracking-pixel", 300));
        String once = first.removals().keySet().iterator().next();
        String again = second.removals().keySet().stream().filter(once::equals).findFirst().orElseThrow();
        assertThat(again).as("one name for the rule").isSameAs(once);
    }

    private static BuildCache.CleanEntry cleaning(String html, Map<String, Integer> removals) {
        return new BuildCache.CleanEntry(Map.of(), new BuildCache.Cleaned(Body.of(html),
                new CleanResult("", removals, Optional.empty(), List.of(), List.of()), "An excerpt.", ""));
    }
}
