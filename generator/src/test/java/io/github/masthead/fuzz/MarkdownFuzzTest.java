package io.github.masthead.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.masthead.markdown.MarkdownRenderer;

/** Fuzzing of the Markdown path: any text renders, and rendering never throws. */
class MarkdownFuzzTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @FuzzTest(maxDuration = "60s")
    void anyTextRenders(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String html = markdown.render(text);
        assertThat(html).isNotNull();
        if (!text.isBlank() && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ')) {
            assertThat(html).contains(text.strip().split(" +")[0]);
        }
    }
}
