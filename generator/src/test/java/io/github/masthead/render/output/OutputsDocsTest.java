package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs/outputs.md} documents every key of a format and every filter and function for output templates. */
class OutputsDocsTest {

    @Test
    void everyFormatKeyFilterAndFunctionIsDocumented(@TempDir Path tmp) throws Exception {
        Path docs = Path.of(System.getProperty("masthead.content", "../content")).resolveSibling("docs/outputs.md");
        assumeTrue(Files.isRegularFile(docs), "docs/outputs.md is not beside the generator");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        Settings settings = new ConfigLoader().load(tmp, Map.of());
        OutputExtension extension = new OutputExtension(settings, List.of());
        List<String> missing = Stream.of(FormatReader.KEYS.stream(), extension.getFilters().keySet().stream(),
                        extension.getFunctions().keySet().stream())
                .flatMap(s -> s)
                .filter(name -> !text.matches("(?s).*\\n\\| (`[a-z_]+`, )*`" + name + "(\\([a-z]*\\))?`.*"))
                .sorted().toList();
        assertThat(missing).isEmpty();
    }
}
