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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
     * @param updatable whether {@link #update} may change the index after an edit: then, when every token shard is
     *                  taken as an earlier build left it, the postings are worked out later, when an update takes
     *                  them or {@link Written#prepare} is called
     * @return the index as written, which {@link #update} can change after an edit
     */
    public static Written write(List<Post> posts, Settings settings, Publisher publisher, PageReuse reuse,
                                Consumer<Problem> problems, boolean updatable) {
        Function<Post, String> sourceName = sourceNames(settings);
        List<String> indexed = posts.parallelStream().map(post -> indexed(post, sourceName)).toList();
        List<List<Object>> docs = posts.stream().map(post -> doc(post, sourceName)).toList();
        long total = indexed.stream().mapToLong(String::length).sum();
        int shards = (int) Math.max(1, Math.min(256, (total + CHARS_PER_SHARD - 1) / CHARS_PER_SHARD));
        List<byte[]> chunks = fingerprint(indexed, docs, List.of(), Set.of());
        Output out = new Output(publisher, reuse, List.of("search index", digestOf(chunks)), problems);

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("posts", posts.size());
        meta.put("token_shards", shards);
        meta.put("docs_per_shard", DOCS_PER_SHARD);
        out.write("search/meta.json", () -> Json.write(meta));
        List<Integer> stale = IntStream.range(0, shards).filter(i -> !out.keep("search/t-" + i + ".json")).boxed()
                .toList();
        Postings postings = null;
        if (!stale.isEmpty()) { // only then are the tokens worked out now
            Postings made = new Postings(indexed, shards);
            stale.parallelStream().forEach(i -> out.write("search/t-" + i + ".json", () -> made.shardJson(i)));
            postings = made;
        }
        int docShards = Math.max(1, (posts.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        IntStream.range(0, docShards).parallel().forEach(n -> out.write("search/d-" + n + ".json",
                () -> docsJson(docs, n)));
        return new Written(indexed, docs, total, shards, chunks, postings, updatable);
    }

    /**
     * Writes the index of {@code posts} after an edit to {@code changed}, which are in the same places among
     * {@code posts} as the posts they replace among those {@code last} was written from: the tokens of the edited
     * posts are taken out of the postings and theirs put in, and only the files that change are made again, the rest
     * taken as they are. For a build that updates the last one's output ({@link Publisher#updating}). When the index
     * needs another number of token shards, or {@code last} was already updated, it is written anew.
     *
     * @return the index as written
     */
    public static Written update(Written last, List<Post> posts, List<Post> changed, Settings settings,
                                 Publisher publisher, PageReuse reuse, Consumer<Problem> problems) {
        Function<Post, String> sourceName = sourceNames(settings);
        List<String> indexed = new ArrayList<>(last.indexed);
        List<List<Object>> docs = new ArrayList<>(last.docs);
        long total = last.total;
        Map<Integer, String> before = new HashMap<>();
        for (Post post : changed) {
            int at = placeOf(post, posts);
            if (at < 0 || at >= indexed.size()) {
                return write(posts, settings, publisher, reuse, problems, true);
            }
            String now = indexed(post, sourceName);
            before.putIfAbsent(at, indexed.get(at));
            total += now.length() - indexed.get(at).length();
            indexed.set(at, now);
            docs.set(at, doc(post, sourceName));
        }
        int shards = (int) Math.max(1, Math.min(256, (total + CHARS_PER_SHARD - 1) / CHARS_PER_SHARD));
        Postings postings = last.take();
        if (shards != last.shards || posts.size() != indexed.size() || postings == null) {
            return write(posts, settings, publisher, reuse, problems, true);
        }
        Set<Integer> staleChunks = new HashSet<>();
        before.keySet().forEach(at -> staleChunks.add(at / DIGESTED_TOGETHER));
        List<byte[]> chunks = fingerprint(indexed, docs, last.chunks, staleChunks);
        Output out = new Output(publisher, reuse, List.of("search index", digestOf(chunks)), problems);
        Set<Integer> staleShards = new HashSet<>();
        before.forEach((at, old) -> staleShards.addAll(postings.replace(at, tokens(old), tokens(indexed.get(at)))));
        out.carry("search/meta.json");
        IntStream.range(0, shards).parallel().forEach(i -> {
            if (staleShards.contains(i)) {
                out.write("search/t-" + i + ".json", () -> postings.updatedShardJson(i));
            } else {
                out.carry("search/t-" + i + ".json");
            }
        });
        Set<Integer> staleDocs = new HashSet<>();
        before.keySet().forEach(at -> staleDocs.add(at / DOCS_PER_SHARD));
        int docShards = Math.max(1, (posts.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        IntStream.range(0, docShards).parallel().forEach(n -> {
            if (staleDocs.contains(n)) {
                out.write("search/d-" + n + ".json", () -> docsJson(docs, n));
            } else {
                out.carry("search/d-" + n + ".json");
            }
        });
        return new Written(indexed, docs, total, shards, chunks, postings, true);
    }

    /**
     * An index as it was written: what each post is searched by and shown as, with its postings, worked out when it
     * was written or later. A preview server keeps it to {@link #update} the index after an edit. Its postings go to
     * the update that takes them, so it is not updated twice.
     */
    public static final class Written {
        private final List<String> indexed;
        private final List<List<Object>> docs;
        private final long total;
        private final int shards;
        private final List<byte[]> chunks;
        private Postings postings;
        /** Whether the postings are still to be worked out when asked for: none were, and they are wanted. */
        private boolean deferred;

        private Written(List<String> indexed, List<List<Object>> docs, long total, int shards, List<byte[]> chunks,
                        Postings postings, boolean updatable) {
            this.indexed = indexed;
            this.docs = docs;
            this.total = total;
            this.shards = shards;
            this.chunks = chunks;
            this.postings = postings;
            this.deferred = postings == null && updatable;
        }

        /**
         * Works the postings out now, if they were left for later, so that the first update after an edit finds them
         * ready; a preview server does so once it serves.
         */
        public synchronized void prepare() {
            if (deferred) {
                postings = new Postings(indexed, shards);
                deferred = false;
            }
        }

        /** Whether the postings are left to be worked out when an update takes them or {@link #prepare} is called. */
        public synchronized boolean postingsLeftForLater() {
            return deferred;
        }

        /** The postings, for an update that changes them; {@code null} when not wanted or already taken. */
        private synchronized Postings take() {
            prepare();
            Postings taken = postings;
            postings = null;
            return taken;
        }
    }

    /** Whether the index finds and shows {@code a} as it does {@code b}: by the same text, with the same title and link. */
    public static boolean indexedAlike(Post a, Post b) {
        Function<Post, String> sourceName = Post::source; // the name a source goes by depends on the source alone
        return a.source().equals(b.source()) && indexed(a, sourceName).equals(indexed(b, sourceName))
                && doc(a, sourceName).equals(doc(b, sourceName));
    }

    /** The place of {@code post} among {@code posts}, by identity, or -1. */
    private static int placeOf(Post post, List<Post> posts) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i) == post) {
                return i;
            }
        }
        return -1;
    }

    /** The name each source goes by, worked out once per source. */
    private static Function<Post, String> sourceNames(Settings settings) {
        Map<String, String> sources = new ConcurrentHashMap<>();
        return post -> post.source().isEmpty() ? ""
                : sources.computeIfAbsent(post.source(), source -> MastheadExtension.sourceName(settings, source));
    }

    /** What a hit shows of {@code post}: its title, URL, source and date. */
    private static List<Object> doc(Post post, Function<Post, String> sourceName) {
        return List.of(post.title(), post.url(), sourceName.apply(post),
                post.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** Document shard {@code n}. */
    private static String docsJson(List<List<Object>> docs, int n) {
        return Json.write(docs.subList(Math.min(n * DOCS_PER_SHARD, docs.size()),
                Math.min((n + 1) * DOCS_PER_SHARD, docs.size())));
    }

    /**
     * Everything the index is made from, {@value #DIGESTED_TOGETHER} posts at a time: what each post is searched by,
     * and what a hit shows. The chunks are digested in parallel, each taken from {@code last} unless its number is
     * {@code stale} or it has none there; the index's fingerprint is the digest of theirs ({@link #digestOf}).
     */
    private static List<byte[]> fingerprint(List<String> indexed, List<List<Object>> docs, List<byte[]> last,
                                            Set<Integer> stale) {
        int chunks = (indexed.size() + DIGESTED_TOGETHER - 1) / DIGESTED_TOGETHER;
        return IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            if (chunk < last.size() && !stale.contains(chunk)) {
                return last.get(chunk);
            }
            MessageDigest sha = sha256();
            for (int i = chunk * DIGESTED_TOGETHER; i < Math.min(indexed.size(), (chunk + 1) * DIGESTED_TOGETHER);
                 i++) {
                sha.update((indexed.get(i) + "\u0000" + docs.get(i) + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return sha.digest();
        }).toList();
    }

    private static String digestOf(List<byte[]> chunks) {
        MessageDigest sha = sha256();
        chunks.forEach(sha::update);
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
        private final Map<Token, IntList> postings;
        private final List<List<Token>> tokenShards = new ArrayList<>();
        /**
         * The token shards an update printed, kept so that the next update of a shard prints again only the tokens
         * whose posts changed and copies the rest; {@code null} for a shard no update printed.
         */
        private final Printed[] printed;
        /** By token shard, the tokens whose posts changed since the shard was last kept printed. */
        private final List<Set<Token>> changed = new ArrayList<>();

        /** Tokenized this many posts at a time, so that only their tokens are held at once. */
        private static final int BATCH = 1024;

        /**
         * Works the postings out. The token shards are split into as many parts as there are processors; each part's
         * postings are gathered by a thread of its own, in the posts' order, and put together at the end.
         */
        Postings(List<String> indexed, int shards) {
            int parts = Math.max(1, Math.min(shards, Runtime.getRuntime().availableProcessors()));
            List<Map<Token, IntList>> byPart = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                byPart.add(new HashMap<>());
            }
            for (int from = 0; from < indexed.size(); from += BATCH) {
                int first = from;
                List<Token[]> tokensOf = indexed.subList(from, Math.min(from + BATCH, indexed.size()))
                        .parallelStream().map(text -> tokens(text).stream().map(Token::new).toArray(Token[]::new))
                        .toList();
                IntStream.range(0, parts).parallel().forEach(part -> {
                    Map<Token, IntList> postingsOfPart = byPart.get(part);
                    for (int i = 0; i < tokensOf.size(); i++) {
                        for (Token token : tokensOf.get(i)) {
                            if (token.shard(shards) % parts == part) {
                                postingsOfPart.computeIfAbsent(token, k -> new IntList()).add(first + i);
                            }
                        }
                    }
                });
            }
            postings = new HashMap<>((int) (byPart.stream().mapToInt(Map::size).sum() / 0.75f) + 1);
            byPart.forEach(postings::putAll);
            for (int i = 0; i < shards; i++) {
                tokenShards.add(new ArrayList<>());
                changed.add(new HashSet<>());
            }
            postings.keySet().forEach(t -> tokenShards.get(t.shard(shards)).add(t));
            printed = new Printed[shards];
        }

        /** Token shard {@code shard} as JSON. */
        String shardJson(int shard) {
            return Printed.of(tokenShards.get(shard), postings).json();
        }

        /**
         * Token shard {@code shard} as JSON after an update, printed from the one last kept when there is one, and
         * kept. Shards are printed in parallel, each by one thread.
         */
        String updatedShardJson(int shard) {
            Printed last = printed[shard];
            Printed now = last == null ? Printed.of(tokenShards.get(shard), postings)
                    : last.with(changed.get(shard), postings);
            printed[shard] = now;
            changed.get(shard).clear();
            return now.json();
        }

        /**
         * Takes post {@code at} out of the postings of the tokens {@code before} and puts it in those of {@code after}.
         *
         * @return the token shards that changed
         */
        Set<Integer> replace(int at, Set<String> before, Set<String> after) {
            Set<Integer> shardsChanged = new HashSet<>();
            int shards = tokenShards.size();
            for (String text : before) {
                Token token = new Token(text);
                IntList ids = postings.get(token);
                if (!after.contains(text) && ids != null && ids.remove(at)) {
                    int shard = token.shard(shards);
                    shardsChanged.add(shard);
                    changed.get(shard).add(token);
                    if (ids.size == 0) {
                        postings.remove(token);
                        tokenShards.get(shard).remove(token);
                    }
                }
            }
            for (String text : after) {
                if (!before.contains(text)) {
                    Token token = new Token(text);
                    int shard = token.shard(shards);
                    IntList ids = postings.get(token);
                    if (ids == null) {
                        ids = new IntList();
                        postings.put(token, ids);
                        tokenShards.get(shard).add(token);
                    }
                    ids.insert(at);
                    shardsChanged.add(shard);
                    changed.get(shard).add(token);
                }
            }
            return shardsChanged;
        }
    }

    /** Writes the files of the index, or keeps those an earlier build wrote from the same posts. */
    private record Output(Publisher publisher, PageReuse reuse, List<String> key, Consumer<Problem> problems) {

        /** Takes the earlier build's file at {@code path}, if it was made from the same posts and is as it left it. */
        boolean keep(String path) {
            return reuse.keep(path, key, "search index");
        }

        /** Takes the last build's file at {@code path}, which an update leaves as it is, as made from this key. */
        void carry(String path) {
            if (!reuse.carry(path, key, "search index")) {
                problems.accept(Problem.error("", 0, "search index: " + path + " was not written: another output"
                        + " already writes it"));
            }
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

    /**
     * A token shard as printed: its tokens in order, where each one's entry ends in the JSON (the next starts after a
     * comma), and the JSON, in which each token's posts are gaps from the previous one.
     */
    private record Printed(Token[] tokens, int[] ends, String json) {

        private static final Comparator<Token> BY_TEXT = Comparator.comparing(t -> t.text);
        private static final Printed EMPTY = new Printed(new Token[0], new int[0], "{}");

        /** {@code tokens} printed with their postings. */
        static Printed of(List<Token> tokens, Map<Token, IntList> postings) {
            List<Token> sorted = new ArrayList<>(tokens);
            sorted.sort(BY_TEXT);
            return EMPTY.with(sorted, new int[0], postings);
        }

        /**
         * This shard with the entries of the tokens {@code changed} printed again from {@code postings} (those that
         * are no longer there left out, new ones put in their places), and the others copied as they are.
         */
        Printed with(Set<Token> changed, Map<Token, IntList> postings) {
            List<Token> fresh = changed.stream().filter(postings::containsKey).sorted(BY_TEXT).toList();
            int[] stale = changed.stream().mapToInt(this::indexOf).filter(i -> i >= 0).sorted().toArray();
            return with(fresh, stale, postings);
        }

        /**
         * This shard without the entries at the places {@code stale} (ascending), and with those of {@code fresh}
         * (sorted) printed from {@code postings}.
         */
        private Printed with(List<Token> fresh, int[] stale, Map<Token, IntList> postings) {
            int size = tokens.length - stale.length + fresh.size();
            Token[] newTokens = new Token[size];
            int[] newEnds = new int[size];
            StringBuilder out = new StringBuilder(json.length() + fresh.size() * 24).append('{');
            int n = 0;
            int from = 0;
            int f = 0;
            int s = 0;
            while (from < tokens.length || f < fresh.size()) {
                int to = s < stale.length ? stale[s] : tokens.length;
                if (f < fresh.size()) {
                    to = placeOf(fresh.get(f), from, to);
                }
                if (to > from) { // a run of entries as they are
                    out.append(n == 0 ? "" : ",");
                    int shift = out.length() - start(from);
                    out.append(json, start(from), ends[to - 1]);
                    for (int i = from; i < to; i++, n++) {
                        newTokens[n] = tokens[i];
                        newEnds[n] = ends[i] + shift;
                    }
                    from = to;
                } else if (s < stale.length && stale[s] == from) {
                    from++;
                    s++;
                } else {
                    Token token = fresh.get(f++);
                    out.append(n == 0 ? "" : ",");
                    newTokens[n] = token;
                    out.append('"').append(token.text).append("\":["); // letters and digits: nothing to escape
                    IntList ids = postings.get(token);
                    for (int i = 0, last = 0; i < ids.size; i++) {
                        out.append(i == 0 ? "" : ",").append(ids.values[i] - last);
                        last = ids.values[i];
                    }
                    newEnds[n++] = out.append(']').length();
                }
            }
            return new Printed(newTokens, newEnds, out.append('}').toString());
        }

        /** Where the entry of the token at {@code place} starts in the JSON: after the brace or the comma before it. */
        private int start(int place) {
            return place == 0 ? 1 : ends[place - 1] + 1;
        }

        /** The place of {@code token} among this shard's tokens, or -1. */
        private int indexOf(Token token) {
            int at = Arrays.binarySearch(tokens, token, BY_TEXT);
            return at >= 0 ? at : -1;
        }

        /** Where {@code token} goes among this shard's tokens from {@code from} to {@code to}. */
        private int placeOf(Token token, int from, int to) {
            int at = Arrays.binarySearch(tokens, from, to, token, BY_TEXT);
            return at >= 0 ? at : -at - 1;
        }
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

        /** The token's shard of {@code shards}, as {@link SearchIndex#shard} gives it. */
        int shard(int shards) {
            return Integer.remainderUnsigned(hash, shards);
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

        /** Puts {@code value} in its place in this ascending list, unless it is there. */
        void insert(int value) {
            int at = java.util.Arrays.binarySearch(values, 0, size, value);
            if (at < 0) {
                add(value);
                int place = -at - 1;
                System.arraycopy(values, place, values, place + 1, size - 1 - place);
                values[place] = value;
            }
        }

        /** Takes {@code value} out of this ascending list; whether it was there. */
        boolean remove(int value) {
            int at = java.util.Arrays.binarySearch(values, 0, size, value);
            if (at < 0) {
                return false;
            }
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
            return true;
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
