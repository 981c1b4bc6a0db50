package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildReport;
import io.github.masthead.testing.BareSite;
import io.github.masthead.testing.SharedData;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two posts the project was specified from, one of them without front matter, build as posts. */
class SeedsTest {

    @Test
    void bothSeedsBuildWithTitleDateAndSourceLink(@TempDir Path tmp) throws IOException {
        Path seeds = SharedData.require("seeds");
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "timezone: Asia/Taipei\n");
        // A file-name date that is wrong on purpose: the inferred date must win over it.
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                String name = seed.getFileName().toString().substring(0, 3);
                Files.copy(seed, site.resolve("_posts/2000-01-01-seed-" + name + ".md"));
            }
        }
        Path out = tmp.resolve("out");
        BuildReport report = BareSite.build(site, out);

        assertThat(report.errors()).isEmpty();
        assertThat(report.postsRendered()).isEqualTo(2);
        assertThat(report.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo("_posts/2000-01-01-seed-000.md");
            assertThat(w.message()).contains("no front matter");
        });
        List<String> pages = Trees.files(out).stream().filter(p -> p.contains("seed-")).toList();
        // The second seed's category becomes a folder; 16:34 UTC is already the 23rd in Taipei.
        assertThat(pages).containsExactly("(臺)中央社cna/2023/02/23/seed-004.html", "2023/02/22/seed-000.html");

        Map<String, String> first = BareSite.post(out.resolve(pages.get(1)));
        assertThat(first.get("title")).isEqualTo("王毅會俄國安高官 稱中俄關係「堅如磐石」");
        assertThat(first.get("link")).startsWith("https://www.dw.com/zh/").endsWith("/a-64780954");
        assertThat(OffsetDateTime.parse(first.get("instant")).toInstant())
                .isEqualTo(java.time.Instant.ofEpochMilli(1677032225000L));

        Map<String, String> second = BareSite.post(out.resolve(pages.get(0)));
        assertThat(second.get("title")).isEqualTo("蒲亭宣布習近平將訪莫斯科 稱俄中關係進入新境界");
        assertThat(second.get("link")).isEqualTo("https://www.cna.com.tw/news/aopl/202302220383.aspx");
        assertThat(OffsetDateTime.parse(second.get("instant")).toInstant())
                .isEqualTo(java.time.Instant.parse("2023-02-22T16:34:06Z"));
    }
}
