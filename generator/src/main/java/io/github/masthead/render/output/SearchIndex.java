package io.github.masthead.render.output;

import io.github.masthead.Problem;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.MastheadExtension;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The client-side search index, written at build time for the theme's search page to load lazily. Each post is
 * indexed by its title, source, tags and excerpt (the lead of the story). Words of
 * alphabetic scripts are tokens; runs of Chinese, Japanese and Korean characters, which have no spaces, are cut
 * into overlapping character pairs (a lone character is its own token), so that any two-character query finds
 * the posts that hold it. The search page tokenizes a query the same way ({@code assets/js/search.js}).
 *
 * <p>Files, under {@code search/}: {@code meta.json} (counts), {@code t-N.json} (the tokens whose hash falls in
 * shard N, each with its posts' numbers as gaps from the previous one), {@code d-N.json} (posts N×{@value
 * #DOCS_PER_SHARD} onwards: title, URL, source, date). A query loads the meta file, one token shard per token
 * and the document shards of its first results: never the whole index. Stateless.
 */
public final class SearchIndex {

    /** Posts per document shard. */
    static final int DOCS_PER_SHARD = 500;
    /** About how many postings one token shard holds. */
    private static final int POSTINGS_PER_SHARD = 10_000;

    private SearchIndex() {
    }

    /**
     * Writes the index of {@code posts} (newest first) through {@code publisher}.
     *
     * @return how many files were written
     */
    public static int write(List<Post> posts, Settings settings, Publisher publisher, Consumer<Problem> problems) {
        List<Set<String>> tokensOf = posts.parallelStream().map(post -> tokens(indexed(post, settings))).toList();
        Map<String, IntList> postings = new HashMap<>();
        long total = 0;
        for (int id = 0; id < posts.size(); id++) {
            for (String token : tokensOf.get(id)) {
                postings.computeIfAbsent(token, k -> new IntList()).add(id);
                total++;
            }
        }
        int shards = (int) Math.max(1, Math.min(256, (total + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD));
        List<List<String>> tokenShards = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            tokenShards.add(new ArrayList<>());
        }
        postings.keySet().forEach(token -> tokenShards.get(shard(token, shards)).add(token));

        int files = 0;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("posts", posts.size());
        meta.put("token_shards", shards);
        meta.put("docs_per_shard", DOCS_PER_SHARD);
        files += publish(publisher, "search/meta.json", Json.write(meta), problems);
        files += IntStream.range(0, shards).parallel().map(i -> publish(publisher, "search/t-" + i + ".json",
                shardJson(tokenShards.get(i), postings), problems)).sum();
        int docShards = Math.max(1, (posts.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        files += IntStream.range(0, docShards).parallel().map(n -> {
            List<Object> docs = new ArrayList<>();
            for (Post post : posts.subList(Math.min(n * DOCS_PER_SHARD, posts.size()),
                    Math.min((n + 1) * DOCS_PER_SHARD, posts.size()))) {
                docs.add(List.of(post.title(), post.url(), sourceName(post, settings),
                        post.date().format(DateTimeFormatter.ISO_LOCAL_DATE)));
            }
            return publish(publisher, "search/d-" + n + ".json", Json.write(docs), problems);
        }).sum();
        return files;
    }

    /**
     * What of {@code post} is searched: its title, source, tags and excerpt, the lead of the story as the cleaner
     * took it (the first paragraphs), so that indexing parses no HTML again.
     */
    private static String indexed(Post post, Settings settings) {
        return String.join(" ", post.title(), sourceName(post, settings), post.source(),
                String.join(" ", post.tags()), post.excerpt());
    }

    private static String sourceName(Post post, Settings settings) {
        return post.source().isEmpty() ? "" : MastheadExtension.sourceName(settings, post.source());
    }

    /** One token shard as JSON, its tokens sorted: each token's posts as gaps from the previous one. */
    private static String shardJson(List<String> tokens, Map<String, IntList> postings) {
        tokens.sort(null);
        StringBuilder json = new StringBuilder(tokens.size() * 24).append('{');
        for (String token : tokens) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(token).append("\":["); // tokens are letters and digits: nothing to escape
            IntList ids = postings.get(token);
            for (int i = 0, last = 0; i < ids.size; i++) {
                json.append(i == 0 ? "" : ",").append(ids.values[i] - last);
                last = ids.values[i];
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    /** A growable list of ints, for postings without boxing. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /**
     * The tokens of {@code text}: NFKC-folded and lower-cased; words of letters and digits; pairs of adjacent
     * CJK characters, or the character itself in a run of one. Each token once, in order of first appearance.
     */
    public static Set<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        List<String> run = new ArrayList<>();
        folded.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                flushWord(word, tokens);
                run.add(new String(Character.toChars(cp)));
            } else {
                flushRun(run, tokens);
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    flushWord(word, tokens);
                }
            }
        });
        flushWord(word, tokens);
        flushRun(run, tokens);
        return tokens;
    }

    /** The shard of {@code token}: FNV-1a over its UTF-16 units, as the search page computes it. */
    static int shard(String token, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false; // Latin, Greek, Cyrillic and the rest of the alphabets below Hangul Jamo
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static void flushWord(StringBuilder word, Set<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushRun(List<String> run, Set<String> tokens) {
        if (run.size() == 1) {
            tokens.add(run.get(0));
        }
        for (int i = 0; i + 1 < run.size(); i++) {
            tokens.add(run.get(i) + run.get(i + 1));
        }
        run.clear();
    }

    private static int publish(Publisher publisher, String path, String json, Consumer<Problem> problems) {
        var conflict = publisher.write(path, json.getBytes(StandardCharsets.UTF_8), "search index");
        conflict.ifPresent(o -> problems.accept(Problem.error("", 0, "search index: " + path
                + " was not written: " + o + " already writes it")));
        return conflict.isEmpty() ? 1 : 0;
    }
}
