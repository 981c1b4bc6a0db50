package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.testing.BareSite;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad file is named in the report, the rest is built, and nothing is written outside the output. */
class UnsafeInputTest {

    private static final String LONG_TITLE = "香港宏福苑大火港府治理承受重大挑戰".repeat(6);

    @Test
    void badFilesAreReportedAndTheRestIsBuilt(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                timezone: UTC
                -- _posts/2024-01-01-fine.md --
                ---
                title: Fine
                ---
                Fine.
                -- _posts/2024-01-02-nul.md --
                ---
                title: NUL
                permalink: "/a\\0b/"
                ---
                x
                -- _posts/2024-01-03-climb.md --
                ---
                title: Climb
                permalink: /../../../outside/:title/
                ---
                x
                -- _posts/2024-01-04-reserved.md --
                ---
                title: Reserved
                permalink: /con/
                ---
                x
                -- _posts/2024-01-05-empty.md --
                -- _posts/2024-01-06-impossible.md --
                ---
                title: Impossible
                date: 2024-02-30 10:00:00
                ---
                x
                -- _posts/2024-01-07-untitled.md --
                ---
                tags: [x]
                ---
                No title here.
                """);
        // 102 Chinese characters are 306 bytes: more than a file name may hold.
        Files.writeString(site.resolve("_posts/2024-01-08-long.md"), "---\ntitle: Long\nslug: " + LONG_TITLE
                + "\n---\nx\n");
        Files.write(site.resolve("_posts/2024-01-09-latin1.md"),
                "---\ntitle: Bad bytes\n---\nline two\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(site.resolve("_posts/2024-01-10-bom-crlf.md"), "\uFEFF---\r\ntitle: BOM and CRLF\r\n---\r\nOk.\r\n");
        Path out = tmp.resolve("out");

        BuildReport report = BareSite.build(site, out);

        assertThat(report.errors()).extracting(Problem::file, Problem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("_posts/2024-01-02-nul.md", 3),
                org.assertj.core.groups.Tuple.tuple("_posts/2024-01-04-reserved.md", 3),
                org.assertj.core.groups.Tuple.tuple("_posts/2024-01-05-empty.md", 0),
                org.assertj.core.groups.Tuple.tuple("_posts/2024-01-06-impossible.md", 3),
                org.assertj.core.groups.Tuple.tuple("_posts/2024-01-09-latin1.md", 5));
        assertThat(report.warnings()).anySatisfy(w -> {
            assertThat(w.file()).isEqualTo("_posts/2024-01-07-untitled.md");
            assertThat(w.message()).contains("no title");
        });
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("shortened"));
        assertThat(report.postsRead()).isEqualTo(10);
        assertThat(report.postsRead())
                .isEqualTo(report.postsRendered() + report.postsSkipped() + report.postsFailed());
        assertThat(report.postsFailed()).isEqualTo(5);

        List<String> files = List.copyOf(Trees.files(out));
        assertThat(files).contains("2024/01/01/fine.html", "outside/climb/index.html", "2024/01/10/bom-crlf.html",
                "2024/01/07/untitled.html");
        assertThat(tmp.resolve("outside")).doesNotExist();
        String longName = files.stream().filter(f -> f.startsWith("2024/01/08/")).findFirst().orElseThrow();
        assertThat(longName.substring("2024/01/08/".length()).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(255);
        assertThat(longName).startsWith("2024/01/08/香港宏福苑").endsWith(".html");

        BareSite.build(site, out);
        assertThat(Trees.files(out)).as("the shortened name is stable").contains(longName);
    }
}
