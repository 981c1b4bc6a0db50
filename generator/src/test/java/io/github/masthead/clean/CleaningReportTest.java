package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A cleaning report with some posts' counts replaced is the one a build that cleaned them so would have made. */
class CleaningReportTest {

    @Test
    void replacingAPostsCountsGivesTheReportOfTheSiteAsItNowIsAndLeavesTheOriginal() {
        CleaningReport report = report(Map.of(
                "_posts/a.html", Map.of("footer", 1, "pixel", 2),
                "_posts/b.html", Map.of("byline", 1, "footer", 1),
                "_posts/c.html", Map.of(),
                "_posts/d.html", Map.of("footer", 4)));
        String before = json(report);

        CleaningReport now = report.withRemovals(Map.of(
                "_posts/a.html", Map.of("pixel", 3),
                "_posts/b.html", Map.of(),
                "_posts/c.html", Map.of("promo", 1)));

        CleaningReport built = report(Map.of(
                "_posts/a.html", Map.of("pixel", 3),
                "_posts/b.html", Map.of(),
                "_posts/c.html", Map.of("promo", 1),
                "_posts/d.html", Map.of("footer", 4)));
        assertThat(json(now)).isEqualTo(json(built)).doesNotContain("_posts/b.html").doesNotContain("byline");
        assertThat(now.elementsByRule()).isEqualTo(Map.of("footer", 4, "pixel", 3, "promo", 1));
        assertThat(now.postsByRule()).isEqualTo(Map.of("footer", 1, "pixel", 1, "promo", 1));
        assertThat(json(report)).as("the original report").isEqualTo(before);
        assertThat(report.elementsByRule()).isEqualTo(Map.of("byline", 1, "footer", 6, "pixel", 2));
    }

    @Test
    void theJsonNamesEveryPostAndRuleAsItIsWithTheRulesOfEachPostInOrder() {
        String odd = "_posts/2025-01-02-a \"quoted\\ name\t\u0001 東京.html";
        CleaningReport report = report(Map.of(
                odd, Map.of("pixel", 2, "footer", 1, "ads", 3),
                "_posts/b.html", Map.of("rule \"x\"", 1)));

        String json = json(report);
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertThat(parsed.getAsJsonObject("posts").keySet()).containsExactly("_posts/2025-01-02-a \"quoted\\ name\t\u0001"
                + " 東京.html", "_posts/b.html");
        assertThat(parsed.getAsJsonObject("posts").getAsJsonObject(odd).keySet())
                .containsExactly("ads", "footer", "pixel");
        assertThat(parsed.getAsJsonObject("rules").getAsJsonObject("rule \"x\"").get("posts").getAsInt()).isEqualTo(1);
        assertThat(json).contains("\\u0001 東京.html\": {\"ads\": 3, \"footer\": 1, \"pixel\": 2}");
    }

    private static CleaningReport report(Map<String, Map<String, Integer>> posts) {
        CleaningReport report = new CleaningReport();
        new TreeMap<>(posts).forEach((file, removals) -> report.add(file,
                new CleanResult("", new LinkedHashMap<>(removals), Optional.empty(), List.of(), List.of())));
        return report;
    }

    private static String json(CleaningReport report) {
        return new String(report.toJson(), StandardCharsets.UTF_8);
    }
}
