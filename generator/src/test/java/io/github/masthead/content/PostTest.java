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
}
