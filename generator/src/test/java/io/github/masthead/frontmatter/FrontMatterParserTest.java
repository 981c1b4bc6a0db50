package io.github.masthead.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void splitsFrontMatterAndBodyAndCountsLines() {
        SourceText text = parser.parse("a.md", "---\ntitle: T\ntags: [x, y]\n---\nBody\n");
        assertThat(text.data()).containsEntry("title", "T").containsKey("tags");
        assertThat(text.body()).isEqualTo("Body\n");
        assertThat(text.bodyLine()).isEqualTo(5);
        assertThat(text.lineOf("tags")).isEqualTo(3);
    }

    @Test
    void dropsTheByteOrderMarkAndReadsCrlf() {
        SourceText text = parser.parse("a.md", "\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n");
        assertThat(text.data()).containsEntry("title", "T");
        assertThat(text.body()).isEqualTo("Body\n");
    }

    @Test
    void datesStayTextForTheDateParser() {
        SourceText text = parser.parse("a.md", "---\ndate: 2025-11-01 10:47:04.000000000 +08:00\n---\n");
        assertThat(text.data().get("date")).isEqualTo("2025-11-01 10:47:04.000000000 +08:00");
    }

    @Test
    void noFrontMatterMeansTheWholeFileIsBody() {
        SourceText text = parser.parse("a.md", "<!--1677032225000-->\n[T](https://x.example/a)\n------\n");
        assertThat(text.hasFrontMatter()).isFalse();
        assertThat(text.body()).startsWith("<!--");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThatThrownBy(() -> parser.parse("a.md", "---\ntitle: T\nbody without end\n"))
                .isInstanceOf(SafeYaml.YamlProblem.class)
                .hasMessageContaining("no closing '---'");
    }

    @Test
    void javaTypeTagsAreRejected() {
        assertThatThrownBy(() -> parser.parse("evil.md",
                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n"))
                .isInstanceOf(SafeYaml.YamlProblem.class)
                .satisfies(e -> assertThat(((SafeYaml.YamlProblem) e).line()).isEqualTo(2));
    }

    @Test
    void aliasBombsAreRejected() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        yaml.append("---\n");
        assertThatThrownBy(() -> parser.parse("bomb.md", yaml.toString()))
                .isInstanceOf(SafeYaml.YamlProblem.class)
                .hasMessageContaining("aliases");
    }

    @Test
    void numbersTooLargeForYamlAreAYamlProblem() {
        assertThatThrownBy(() -> parser.parse("big.md", "---\nn: 2333333333333333333333333333:2:2\n---\n"))
                .isInstanceOf(SafeYaml.YamlProblem.class)
                .hasMessageContaining("out of range");
    }
}
