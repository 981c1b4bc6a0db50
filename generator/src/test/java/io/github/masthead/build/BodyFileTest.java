package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.masthead.SiteException;
import io.github.masthead.content.Body;
import io.github.masthead.content.SiteWideReads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies put aside in a scratch file read back as they were written, from many threads, and leave no file. */
class BodyFileTest {

    @Test
    void bodiesPutAsideFromManyThreadsReadBackAsWritten(@TempDir Path tmp) throws IOException {
        try (BodyFile spill = BodyFile.scratch(tmp)) {
            List<String> texts = IntStream.range(0, 2_000).mapToObj(i -> "<p>記者 " + i + " 報導：港口 🚢 "
                    + "潮汐".repeat(i % 50) + "</p>").toList();
            List<Body> bodies = texts.parallelStream().map(spill::put).toList();
            IntStream.range(0, texts.size()).parallel().forEach(i ->
                    assertThat(bodies.get(i).text()).isEqualTo(texts.get(i)));
            assertThat(bodies.get(7).toString()).isEqualTo(texts.get(7));
            assertThat(spill.put("").text()).isEmpty();
            assertThat(SiteWideReads.track(bodies.get(3)::toString).text()).as("a page that prints it reads text")
                    .isTrue();
        }
    }

    @Test
    void bodiesAreEqualByPlaceNotByText(@TempDir Path tmp) throws IOException {
        try (BodyFile spill = BodyFile.scratch(tmp)) {
            Body first = spill.put("<p>same</p>");
            Body second = spill.put("<p>same</p>");
            assertThat(first).isEqualTo(first).isNotEqualTo(second).isNotEqualTo(Body.of("<p>same</p>"));
        }
    }

    @Test
    void bodiesAreReadFromAnExistingFileByPlace(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("cleaned.bin");
        Files.write(file, "head<p>港口</p>tail".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (BodyFile bodies = BodyFile.reading(file)) {
            assertThat(bodies.at(4, 13).text()).isEqualTo("<p>港口</p>");
            assertThatThrownBy(() -> bodies.at(20, 10).text()).isInstanceOf(SiteException.class)
                    .hasMessageContaining(file + ": the file ends early");
        }
        assertThat(file).as("only read from").hasContent("head<p>港口</p>tail");
    }

    @Test
    void theScratchFileIsGoneOnceClosedAndABodyCannotBeReadAfter(@TempDir Path tmp) throws IOException {
        BodyFile spill = BodyFile.scratch(tmp.resolve("build"));
        Body body = spill.put("<p>The ferry leaves at seven.</p>");
        spill.close();
        try (Stream<Path> left = Files.list(tmp.resolve("build"))) {
            assertThat(left).isEmpty();
        }
        assertThatThrownBy(body::text).isInstanceOf(SiteException.class)
                .hasMessageContaining("cannot read the body of a post back from " + tmp.resolve("build"));
    }
}
