package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.BareSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcerptTest {

    @Test
    void excerptsComeFromTheSeparatorTheFrontMatterOrTheFirstParagraphs(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                excerpt_separator: <!--more-->
                -- _layouts/post.peb --
                excerpt: {{ page.excerpt }}
                -- _posts/2024-01-01-separated.md --
                ---
                title: Separated
                ---
                The tram line opens on Monday.

                <!--more-->

                Details nobody reads in a list.
                -- _posts/2024-01-02-given.md --
                ---
                title: Given
                excerpt: Written by the editor.
                ---
                Body text.
                -- _posts/2024-01-03-plain.html --
                ---
                title: Plain
                ---
                <div><p>First paragraph of the story.</p><p>Second paragraph.</p></div>
                """);
        Path out = tmp.resolve("out");
        BareSite.build(site, out);
        assertThat(Files.readString(out.resolve("2024/01/01/separated.html")).strip())
                .isEqualTo("excerpt: The tram line opens on Monday.");
        assertThat(Files.readString(out.resolve("2024/01/02/given.html")).strip())
                .isEqualTo("excerpt: Written by the editor.");
        assertThat(Files.readString(out.resolve("2024/01/03/plain.html")).strip())
                .isEqualTo("excerpt: First paragraph of the story. Second paragraph.");
    }
}
