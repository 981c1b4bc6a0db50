package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.build.BuildCache;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index: tokens for CJK and alphabetic text, and shards a query can be answered from. */
class SearchIndexTest {

    @Test
    void cjkRunsBecomeCharacterPairsAndWordsStayWhole() {
        assertThat(SearchIndex.tokens("瀾港輕軌 East Line，ＡＢＣ 2025年"))
                .containsExactly("瀾港", "港輕", "輕軌", "east", "line", "abc", "2025", "年");
        assertThat(SearchIndex.tokens("東京の電車")).containsExactly("東京", "京の", "の電", "電車");
        assertThat(SearchIndex.tokens("서울 지하철")).containsExactly("서울", "지하", "하철");
    }

    @Test
    void aQueryFindsItsPostsFromTheShardsItNames(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Site.build(SiteConfig.builder(TestSites.write(tmp.resolve("site"), archive())).destination(out).build(),
                BuildListener.NONE);

        ObjectMapper json = new ObjectMapper();
        JsonNode meta = json.readTree(out.resolve("search/meta.json").toFile());
        assertThat(meta.get("posts").asInt()).isEqualTo(1201);
        assertThat(meta.get("token_shards").asInt()).isGreaterThan(1);
        assertThat(out.resolve("search/d-2.json")).as("1,201 posts in shards of 500").exists();

        assertThat(find(json, out, meta, "渡輪 夜班")).containsExactly("北汀渡輪增開夜班");
        assertThat(find(json, out, meta, "Night FERRY")).containsExactly("北汀渡輪增開夜班");
        assertThat(find(json, out, meta, "ferries")).containsExactly("北汀渡輪增開夜班");
        assertThat(find(json, out, meta, "report 1199")).containsExactly("Report 1199");
        assertThat(find(json, out, meta, "渡船")).isEmpty();
    }

    @Test
    void anEditInThePreviewRewritesOnlyTheShardsItChangesAsAFreshBuildWritesThem(@TempDir Path tmp)
            throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), archive());
        Path out = tmp.resolve("out");
        SiteConfig config = SiteConfig.builder(site).destination(out).build();
        BuildCache cache = BuildCache.inMemory();
        Site.build(config, BuildListener.NONE, cache);
        Map<String, FileTime> times = new TreeMap<>();
        for (String file : Trees.files(out.resolve("search"))) {
            times.put(file, Files.getLastModifiedTime(out.resolve("search").resolve(file)));
        }

        Path ferry = site.resolve("_posts/2025-05-05-ferry.md");
        Files.writeString(ferry, Files.readString(ferry).replace("title: 北汀渡輪增開夜班", "title: 北汀渡船增開夜班")
                .replace("The night ferry to Xidao", "The late boat to Xidao"));
        List<BuildEvent> events = new ArrayList<>();
        Site.build(config, events::add, cache, Set.of(ferry));
        assertThat(events).as("the update, not a full build").anyMatch(e -> e.kind() == BuildEvent.Kind.PHASE_STARTED
                && e.message().equals("reading 1 changed post"));

        ObjectMapper json = new ObjectMapper();
        JsonNode meta = json.readTree(out.resolve("search/meta.json").toFile());
        assertThat(find(json, out, meta, "渡船 夜班")).containsExactly("北汀渡船增開夜班");
        assertThat(find(json, out, meta, "late boat")).containsExactly("北汀渡船增開夜班");
        assertThat(find(json, out, meta, "Night FERRY")).isEmpty();
        assertThat(find(json, out, meta, "渡輪")).isEmpty();
        long rewritten = times.entrySet().stream().filter(e -> {
            try {
                return !Files.getLastModifiedTime(out.resolve("search").resolve(e.getKey())).equals(e.getValue());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }).count();
        assertThat(rewritten).as("of %d files", times.size()).isBetween(1L, times.size() / 2L);

        assertSameIndexAsAFreshBuild(site, out, tmp.resolve("fresh"));
    }

    @Test
    void successiveEditsInThePreviewKeepTheIndexAsAFreshBuildWritesIt(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), archive());
        Path out = tmp.resolve("out");
        SiteConfig config = SiteConfig.builder(site).destination(out).build();
        BuildCache cache = BuildCache.inMemory();
        Site.build(config, BuildListener.NONE, cache);
        Path ferry = site.resolve("_posts/2025-05-05-ferry.md");
        Path report = site.resolve("_posts/2024-01-01-p0600.md");
        String ferryText = Files.readString(ferry);
        String reportText = Files.readString(report);
        String earlyBoats = ferryText.replace("渡輪", "渡船").replace("The night ferry", "The early boats");
        // each edit keeps the length of the text, and so the number of token shards, which are printed up to four
        // times: tokens leave a shard and come back, appear for the first time, lose the only post they had ("xidao"),
        // and one ("0") sorts first in its shard
        List<Map.Entry<Path, String>> edits = List.of(
                Map.entry(ferry, earlyBoats),
                Map.entry(report, reportText.replace("title: Report 600", "title: Report 0 6")),
                Map.entry(ferry, ferryText.replace("Xidao", "Nandu")),
                Map.entry(report, reportText.replace("routine item", "typhoon item")),
                Map.entry(ferry, earlyBoats),
                Map.entry(report, reportText),
                Map.entry(ferry, ferryText));
        for (int i = 0; i < edits.size(); i++) {
            Files.writeString(edits.get(i).getKey(), edits.get(i).getValue());
            List<BuildEvent> events = new ArrayList<>();
            Site.build(config, events::add, cache, Set.of(edits.get(i).getKey()));
            assertThat(events).as("edit %d is an update", i).anyMatch(e -> e.kind() == BuildEvent.Kind.PHASE_STARTED
                    && e.message().equals("reading 1 changed post"));
            assertSameIndexAsAFreshBuild(site, out, tmp.resolve("fresh-" + i));
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode meta = json.readTree(out.resolve("search/meta.json").toFile());
        assertThat(find(json, out, meta, "Xidao 渡輪")).containsExactly("北汀渡輪增開夜班");
        assertThat(find(json, out, meta, "typhoon")).isEmpty();
    }

    private static void assertSameIndexAsAFreshBuild(Path site, Path out, Path fresh) throws IOException {
        Site.build(SiteConfig.builder(site).destination(fresh).build(), BuildListener.NONE);
        for (String file : Trees.files(fresh.resolve("search"))) {
            assertThat(out.resolve("search").resolve(file)).as(file).hasSameBinaryContentAs(
                    fresh.resolve("search").resolve(file));
        }
        assertThat(Trees.files(out.resolve("search"))).isEqualTo(Trees.files(fresh.resolve("search")));
    }

    /** 1,200 routine reports and one ferry story with a Chinese title. */
    private static String archive() {
        StringBuilder spec = new StringBuilder("-- _config.yml --\ntimezone: UTC\n");
        for (int i = 0; i < 1200; i++) {
            spec.append(String.format("-- _posts/2024-01-01-p%04d.md --%n---%ntitle: Report %d%ndate: 2024-01-01 00:%02d:%02d +0000%n"
                    + "categories: [dw]%n---%nThe harbour office lists routine item number %d among the notices of the week, "
                    + "with the times and places readers asked about.%n", i, i, i / 60 % 60, i % 60, i));
        }
        spec.append("""
                -- _posts/2025-05-05-ferry.md --
                ---
                title: 北汀渡輪增開夜班
                categories: [cna]
                tags: [ferries]
                ---
                The night ferry to Xidao starts in January.
                """);
        return spec.toString();
    }

    /** Answers {@code query} as the search page does: one token shard per token, then the documents. */
    private static List<String> find(ObjectMapper json, Path out, JsonNode meta, String query) throws IOException {
        Set<Integer> found = null;
        for (String token : SearchIndex.tokens(query)) {
            int shard = SearchIndex.shard(token, meta.get("token_shards").asInt());
            JsonNode gaps = json.readTree(out.resolve("search/t-" + shard + ".json").toFile()).get(token);
            Set<Integer> ids = new HashSet<>();
            int last = 0;
            for (JsonNode gap : gaps == null ? List.<JsonNode>of() : (Iterable<JsonNode>) gaps::elements) {
                last += gap.asInt();
                ids.add(last);
            }
            if (found == null) {
                found = ids;
            } else {
                found.retainAll(ids);
            }
        }
        List<String> titles = new ArrayList<>();
        for (int id : found.stream().sorted().toList()) {
            int per = meta.get("docs_per_shard").asInt();
            titles.add(json.readTree(out.resolve("search/d-" + id / per + ".json").toFile()).get(id % per).get(0)
                    .asText());
        }
        return titles;
    }
}
