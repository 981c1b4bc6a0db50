package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.clean.OwnPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questions a post's cleaning asked about the site's pages are recorded in order, and only those that can vary. */
class PageLookupsTest {

    private final OwnPages pages = new OwnPages(Map.of("https://example.org/news/ferry", "/2025/01/03/ferry.html"),
            List.of());

    @Test
    void answersAreRecordedInTheOrderAskedAndStillHoldUntilTheSiteChanges() {
        PageLookups lookups = new PageLookups(pages);
        assertThat(lookups.pageFor("https://example.org/news/ferry")).contains("/2025/01/03/ferry.html");
        assertThat(lookups.pageFor("https://example.org/news/pier")).isEmpty();
        assertThat(lookups.isPage("/2025/01/03/ferry.html")).isTrue();

        Map<String, String> answers = lookups.answers();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://example.org/news/ferry", "/2025/01/03/ferry.html");
        expected.put("https://example.org/news/pier", null);
        expected.put("\0path:/2025/01/03/ferry.html", "true");
        assertThat(answers).isEqualTo(expected).hasToString(expected.toString());
        assertThat(answers.keySet()).containsExactlyElementsOf(expected.keySet());

        assertThat(PageLookups.stillHold(answers, pages)).isTrue();
        OwnPages withPier = new OwnPages(Map.of("https://example.org/news/ferry", "/2025/01/03/ferry.html",
                "https://example.org/news/pier", "/2025/01/04/pier.html"), List.of());
        assertThat(PageLookups.stillHold(answers, withPier)).as("the pier story is mirrored now").isFalse();
    }

    @Test
    void anAbsoluteUrlIsNeverAPageSoItsAnswerIsNotRecorded() {
        PageLookups lookups = new PageLookups(pages);
        assertThat(lookups.isPage("https://images.weserv.nl/?url=static.dw.com/image/1.jpg")).isFalse();
        assertThat(lookups.isPage("/2025/01/04/pier.html")).isFalse();
        assertThat(lookups.answers()).containsOnlyKeys("\0path:/2025/01/04/pier.html");
        assertThat(new PageLookups(pages).answers()).isEmpty();
    }
}
