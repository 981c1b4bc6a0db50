package io.github.masthead.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.masthead.frontmatter.DateParser;
import io.github.masthead.frontmatter.FrontMatter;
import io.github.masthead.frontmatter.FrontMatterParser;
import io.github.masthead.frontmatter.LeadBlock;
import io.github.masthead.frontmatter.SafeYaml;
import io.github.masthead.frontmatter.SourceText;
import java.time.ZoneId;

/**
 * Coverage-guided fuzzing of the front-matter path. In a normal test run this replays the inputs under
 * {@code FrontMatterFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 * Invariant: the only exception is the documented {@link SafeYaml.YamlProblem}, with a line number.
 */
class FrontMatterFuzzTest {

    private final FrontMatterParser parser = new FrontMatterParser();
    private final DateParser dates = new DateParser(ZoneId.of("Asia/Taipei"));

    @FuzzTest(maxDuration = "60s")
    void frontMatterThrowsOnlyDocumentedProblems(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SourceText parsed;
        try {
            parsed = parser.parse("fuzz.md", text);
        } catch (SafeYaml.YamlProblem problem) {
            assertThat(problem.line()).isPositive();
            assertThat(problem.file()).isEqualTo("fuzz.md");
            return;
        }
        assertThat(parsed.bodyLine()).isPositive();
        if (parsed.hasFrontMatter()) {
            FrontMatter fm = FrontMatter.of(parsed.data(), parsed);
            if (fm.date() != null) {
                dates.parse(fm.date());
            }
        }
        LeadBlock lead = LeadBlock.read(parsed.body());
        assertThat(lead.stripFrom(parsed.body()).length()).isLessThanOrEqualTo(parsed.body().length());
        LeadBlock.firstIsoInstant(parsed.body());
    }
}
