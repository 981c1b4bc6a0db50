package io.github.masthead.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.testing.TestSites;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void readsJekyllKeysKeepsUnknownOnesAndOverridesWin(@TempDir Path tmp) {
        Path site = TestSites.write(tmp, """
                -- _config.yml --
                title: 零新聞
                baseurl: "/2511/"
                url: "https://example.github.io/"
                timezone: Asia/Singapore
                paginate: 50
                github_username: someone
                exclude: [drafts-notes]
                defaults:
                  - scope: {path: "", type: posts}
                    values: {layout: post}
                """);
        Settings s = new ConfigLoader().load(site, Map.of("baseurl", "/news", "future", true));
        assertThat(s.title()).isEqualTo("零新聞");
        assertThat(s.baseurl()).isEqualTo("/news");
        assertThat(s.url()).isEqualTo("https://example.github.io");
        assertThat(s.timezone()).isEqualTo(ZoneId.of("Asia/Singapore"));
        assertThat(s.paginate()).isEqualTo(50);
        assertThat(s.future()).isTrue();
        assertThat(s.params()).containsEntry("github_username", "someone");
        assertThat(s.exclude()).contains("drafts-notes", "node_modules", "target");
        assertThat(s.defaults()).singleElement().satisfies(d -> assertThat(d.values()).containsEntry("layout", "post"));
    }

    @Test
    void aMappingOverrideIsMergedIntoTheFilesMapping(@TempDir Path tmp) {
        Path site = TestSites.write(tmp, """
                -- _config.yml --
                clean:
                  disable: [some-rule]
                  report: false
                """);
        Settings s = new ConfigLoader().load(site, Map.of("clean", Map.of("report", "cleaning.json")));
        assertThat(s.params().get("clean")).isEqualTo(Map.of("disable", java.util.List.of("some-rule"),
                "report", "cleaning.json"));
    }

    @Test
    void missingFileMeansDefaults(@TempDir Path tmp) {
        Settings s = new ConfigLoader().load(tmp, Map.of());
        assertThat(s.permalink()).isEqualTo("date");
        assertThat(s.paginatePath()).isEqualTo("/page:num");
        assertThat(s.theme()).isEqualTo("newsroom");
        assertThat(s.include()).containsExactly(".htaccess");
    }
}
