package io.github.masthead.render.output;

import io.github.masthead.Problem;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.MastheadExtension;
import io.github.masthead.render.PageReuse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
    /**
     * How many characters of indexed text make one token shard: some 10,000 postings, since a CJK character makes
     * about one token and a word of an alphabetic script about one in five characters. The count of shards is taken
     * from the length of the text, not from its tokens, so that a build whose index is unchanged finds its files
     * without working the tokens out.
     */
    private static final int CHARS_PER_SHARD = 10_000;
    /** Posts digested together for the index's fingerprint. */
    private static final int DIGESTED_TOGETHER = 1024;

    private SearchIndex() {
    }

    /**
     * Writes the index of {@code posts} (newest first) through {@code publisher}.
     *
     * @return how many files were written
     */
    public static int write(List<Post> posts, Settings settings, Publisher publisher, PageReuse reuse,
                            Consumer<Problem> problems) {
        Map<String, String> sources = new ConcurrentHashMap<>(); // the name each source goes by, worked out once
        Function<Post, String> sourceName = post -> post.source().isEmpty() ? ""
                : sources.computeIfAbsent(post.source(), source -> MastheadExtension.sourceName(settings, source));
        List<String> indexed = posts.parallelStream().map(post -> indexed(post, sourceName)).toList();
        long total = indexed.stream().mapToLong(String::length).sum();
        int shards = (int) Math.max(1, Math.min(256, (total + CHARS_PER_SHARD - 1) / CHARS_PER_SHARD));
        List<List<Object>> docs = posts.stream().map(post -> List.<Object>of(post.title(), post.url(),
                sourceName.apply(post), post.date().format(DateTimeFormatter.ISO_LOCAL_DATE))).toList();
        List<String> key = List.of("search index", fingerprint(indexed, docs));

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("posts", posts.size());
        meta.put("token_shards", shards);
        meta.put("docs_per_shard", DOCS_PER_SHARD);
        Output out = new Output(publisher, reuse, key, problems);
        int files = out.write("search/meta.json", () -> Json.write(meta));
        List<Integer> stale = IntStream.range(0, shards).filter(i -> !out.keep("search/t-" + i + ".json")).boxed()
                .toList();
        files += shards - stale.size();
        if (!stale.isEmpty()) { // only then are the tokens worked out
            Postings postings = new Postings(indexed, shards);
            files += stale.parallelStream().mapToInt(i -> out.write("search/t-" + i + ".json",
                    () -> postings.shardJson(i))).sum();
        }
        int docShards = Math.max(1, (posts.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        files += IntStream.range(0, docShards).parallel().map(n -> out.write("search/d-" + n + ".json",
                () -> Json.write(docs.subList(Math.min(n * DOCS_PER_SHARD, docs.size()),
                        Math.min((n + 1) * DOCS_PER_SHARD, docs.size()))))).sum();
        return files;
    }

    /** Whether the index finds and shows {@code a} as it does {@code b}: by the same text, with the same title and link. */
    public static boolean indexedAlike(Post a, Post b) {
        return a.title().equals(b.title()) && a.url().equals(b.url()) && a.source().equals(b.source())
                && a.tags().equals(b.tags()) && a.excerpt().equals(b.excerpt()) && a.date().equals(b.date());
    }

    /**
     * Everything the index is made from, as one digest: what each post is searched by, and what a hit shows. The
     * posts are digested {@value #DIGESTED_TOGETHER} at a time, in parallel, and those digests digested in turn.
     */
    private static String fingerprint(List<String> indexed, List<List<Object>> docs) {
        int chunks = (indexed.size() + DIGESTED_TOGETHER - 1) / DIGESTED_TOGETHER;
        List<byte[]> parts = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            MessageDigest sha = sha256();
            for (int i = chunk * DIGESTED_TOGETHER; i < Math.min(indexed.size(), (chunk + 1) * DIGESTED_TOGETHER);
                 i++) {
                sha.update((indexed.get(i) + "\u0000" + docs.get(i) + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return sha.digest();
        }).toList();
        MessageDigest sha = sha256();
        parts.forEach(sha::update);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The postings of every token, by token shard. */
    private static final class Postings {
        private final Map<Token, IntList> postings = new HashMap<>();
        private final List<List<Token>> tokenShards = new ArrayList<>();

        /** Tokenized this many posts at a time, so that only their token sets are held at once. */
        private static final int BATCH = 1024;

        Postings(List<String> indexed, int shards) {
            for (int from = 0; from < indexed.size(); from += BATCH) {
                List<Set<String>> tokensOf = indexed.subList(from, Math.min(from + BATCH, indexed.size()))
                        .parallelStream().map(SearchIndex::tokens).toList();
                for (int i = 0; i < tokensOf.size(); i++) {
                    for (String token : tokensOf.get(i)) {
                        postings.computeIfAbsent(new Token(token), k -> new IntList()).add(from + i);
                    }
                }
            }
            for (int i = 0; i < shards; i++) {
                tokenShards.add(new ArrayList<>());
            }
            postings.keySet().forEach(t -> tokenShards.get(Integer.remainderUnsigned(t.hash, shards)).add(t));
        }

        String shardJson(int shard) {
            return SearchIndex.shardJson(tokenShards.get(shard), postings);
        }
    }

    /** Writes the files of the index, or keeps those an earlier build wrote from the same posts. */
    private record Output(Publisher publisher, PageReuse reuse, List<String> key, Consumer<Problem> problems) {

        /** Takes the earlier build's file at {@code path}, if it was made from the same posts and is as it left it. */
        boolean keep(String path) {
            return reuse.keep(path, key, "search index");
        }

        int write(String path, Supplier<String> json) {
            PageReuse.Outcome file = reuse.page(path, key, "search index", () -> Optional.of(json.get()));
            if (file.kept()) {
                return 1;
            }
            var conflict = publisher.write(path, file.html().orElseThrow().getBytes(StandardCharsets.UTF_8),
                    "search index");
            conflict.ifPresent(o -> problems.accept(Problem.error("", 0, "search index: " + path
                    + " was not written: " + o + " already writes it")));
            return conflict.isEmpty() ? 1 : 0;
        }
    }

    /**
     * What of {@code post} is searched: its title, source, tags and excerpt, the lead of the story as the cleaner
     * took it (the first paragraphs), so that indexing parses no HTML again.
     */
    private static String indexed(Post post, Function<Post, String> sourceName) {
        return String.join(" ", post.title(), sourceName.apply(post), post.source(),
                String.join(" ", post.tags()), post.excerpt());
    }

    /** One token shard as JSON, its tokens sorted: each token's posts as gaps from the previous one. */
    private static String shardJson(List<Token> tokens, Map<Token, IntList> postings) {
        tokens.sort((a, b) -> a.text.compareTo(b.text));
        StringBuilder json = new StringBuilder(tokens.size() * 24).append('{');
        for (Token token : tokens) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(token.text).append("\":["); // tokens are letters and digits: nothing to escape
            IntList ids = postings.get(token);
            for (int i = 0, last = 0; i < ids.size; i++) {
                json.append(i == 0 ? "" : ",").append(ids.values[i] - last);
                last = ids.values[i];
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    /**
     * A token as a map key, hashed as the search page hashes it. Java's own string hash gives many two-character
     * CJK tokens one value (its multiplier is small against their code points), which turns the postings map's
     * buckets into trees.
     */
    private static final class Token {
        private final String text;
        private final int hash;

        Token(String text) {
            this.text = text;
            this.hash = fnv1a(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Token t && t.hash == hash && t.text.equals(text);
        }
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
        return Integer.remainderUnsigned(fnv1a(token), shards);
    }

    private static int fnv1a(String token) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
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
}
