package io.github.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.testing.ExampleSite;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post page of the example site, with the CSS and scripts it loads but not its article images, stays under 60 KB. */
class PageWeightTest {

    private static final long BUDGET = 60 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"/news/(assets/[^\"]+\\.(?:css|js))\"");

    @Test
    void everyPostPageIsWithinTheBudget(@TempDir Path tmp) throws IOException {
        Path site = ExampleSite.build(tmp.resolve("site"));
        long heaviest = 0;
        for (String page : Trees.files(site)) {
            if (!page.matches(".*/\\d{4}/\\d{2}/\\d{2}/.*\\.html")) {
                continue;
            }
            String html = Files.readString(site.resolve(page));
            long weight = Files.size(site.resolve(page));
            Matcher assets = ASSET.matcher(html);
            while (assets.find()) {
                weight += Files.size(site.resolve(assets.group(1)));
            }
            assertThat(weight).as(page).isLessThan(BUDGET);
            heaviest = Math.max(heaviest, weight);
        }
        assertThat(heaviest).as("at least one post page was weighed").isPositive();
        System.out.println("heaviest post page with its CSS and scripts: " + heaviest + " bytes");
    }
}
