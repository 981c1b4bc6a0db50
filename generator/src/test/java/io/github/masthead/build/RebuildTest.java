package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.SharedData;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds are deterministic: the same input gives the same bytes. */
class RebuildTest {

    @Test
    void unchangedRebuildWritesIdenticalBytes(@TempDir Path tmp) {
        Path site = TestSites.writeResource(tmp.resolve("site"), "jekyll-matrix");
        assertIdenticalRebuild(site, tmp.resolve("out"));
    }

    @Test
    void unchangedRebuildOfTheCorpusWritesIdenticalBytes(@TempDir Path tmp) {
        assertIdenticalRebuild(SharedData.require("corpus-sample"), tmp.resolve("out"));
    }

    private static void assertIdenticalRebuild(Path site, Path out) {
        BuildReport first = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        Map<String, byte[]> before = Trees.contents(out);
        BuildReport second = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        Map<String, byte[]> after = Trees.contents(out);

        assertThat(first.postsRendered()).isPositive().isEqualTo(second.postsRendered());
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }
}
