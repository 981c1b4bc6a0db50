package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.masthead.clean.rules.BuiltInPacks;
import io.github.masthead.clean.rules.RuleKinds;
import io.github.masthead.clean.rules.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/cleaning.md} documents every built-in pack, rule and rule kind. */
class CleaningDocsTest {

    @Test
    void everyPackRuleAndKindIsDocumented() throws IOException {
        Path docs = Path.of(System.getProperty("masthead.content", "../content")).resolveSibling("docs/cleaning.md");
        assumeTrue(Files.isRegularFile(docs), "docs/cleaning.md is not beside the generator");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (RulePack pack : BuiltInPacks.load()) {
            Pattern row = Pattern.compile("(?m)^\\| [^|]*\\b" + pack.name() + "\\b[^|]*\\|");
            if (!row.matcher(text).find()) {
                missing.add("pack " + pack.name());
            }
            pack.rules().forEach(r -> {
                if (!text.contains("`" + r.name() + "`")) {
                    missing.add("rule " + r.name());
                }
            });
        }
        RuleKinds.kinds().stream().filter(k -> !text.contains("| `" + k + "` |")).forEach(k -> missing.add("kind " + k));
        assertThat(missing).isEmpty();
    }
}
