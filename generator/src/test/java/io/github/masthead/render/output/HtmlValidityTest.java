package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.ExampleSite;
import io.github.masthead.testing.HtmlChecker;
import io.github.masthead.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every HTML page Masthead writes passes the Nu Html Checker (the W3C's HTML checker) with no error. */
class HtmlValidityTest {

    private static HtmlChecker checker;

    @BeforeAll
    static void loadChecker() throws Exception {
        checker = new HtmlChecker();
    }

    @Test
    void everyPageOfTheExampleSiteIsValidHtml(@TempDir Path tmp) throws Exception {
        Path site = ExampleSite.build(tmp.resolve("site"));
        List<Path> pages = htmlPages(site);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(15);
        assertThat(errors(pages)).isEmpty();
    }

    @Test
    void everyPageOfTheRealCorpusSampleIsValidHtml(@TempDir Path tmp) throws Exception {
        Path corpus = SharedData.require("corpus-sample");
        BuildReport report = Site.build(SiteConfig.builder(corpus).destination(tmp.resolve("site")).build(),
                BuildListener.NONE);
        assertThat(report.postsRendered()).isGreaterThanOrEqualTo(60);
        assertThat(errors(htmlPages(tmp.resolve("site")))).isEmpty();
    }

    private static List<Path> htmlPages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> errors(List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(checker.errors(page));
        }
        return errors;
    }
}
