package io.github.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildSummaryTest {

    @Test
    void tableCountsPostsCruftPagesAndTime() {
        BuildReport report = new BuildReport(Path.of("out"), 10, 7, 2, 1, 4, 3,
                List.of(Problem.error("_posts/x.md", 2, "bad"), Problem.warning("a.md", 0, "odd")),
                Map.of("tracking-pixels", 5, "footers", 7), Duration.ofMillis(1234), false);
        List<String> lines = BuildSummary.lines(report);
        assertThat(lines).contains(
                "posts read               10",
                "  rendered                7",
                "  skipped                 2",
                "  failed                  1",
                "cruft removed            12",
                "pages written             4",
                "static files              3",
                "errors                    1",
                "warnings                  1",
                "time                 1.23 s");
    }
}
