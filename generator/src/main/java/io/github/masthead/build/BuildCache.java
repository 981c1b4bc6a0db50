package io.github.masthead.build;

import io.github.masthead.clean.CleanResult;
import io.github.masthead.clean.OwnPages;
import io.github.masthead.clean.media.Urls;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Body;
import io.github.masthead.content.Page;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.render.PageReuse;
import io.github.masthead.render.output.SearchIndex;
import io.github.masthead.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What one build read, cleaned and rendered, kept in memory so that the next build of the same site in this
 * process redoes only what a change touches; the preview server keeps one across its rebuilds. A post file is
 * read again when its bytes change (by SHA-256, not by time stamp, so that two saves within one clock tick are
 * told apart); a post is cleaned again when anything it is cleaned from changes; a page is rendered again when
 * what it is given changes (a post page's post and neighbours, a list page's or feed's posts and place in the
 * pagination) or the templates do, and always when its rendering read more of the site (see
 * {@link io.github.masthead.content.SiteWideReads}); the publisher rewrites only files whose bytes changed. What was
 * read and rendered is forgotten when the site's settings
 * change; what was cleaned, when the cleaning rules or settings change, and for one post when a question its cleaning
 * asked about the site's other pages (is this link mirrored here?) gets another answer.
 *
 * <p>The cleaning is also kept on disk between processes ({@link CleanStore}), when the site has a disk cache, so
 * that a build in a new JVM cleans only new and changed posts, and so are the posts as read ({@link ReadStore}), so
 * that it parses only new and changed files; and the digest of what each page was rendered from is kept in the
 * build manifest ({@link BuildManifest}), so that such a build takes a page whose digest is unchanged from the
 * output folder, unrendered. Thread-safe; one build at a time.
 */
public final class BuildCache implements PageReuse.Memo {

    /** How many stale records the disk cache of cleanings may hold beyond as many as it has live ones. */
    private static final int COMPACT_SLACK = 256;
    /** The accessors of a record type's components, in order, looked up once per type. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private final boolean enabled;
    private final Map<String, ReadEntry> reads = new ConcurrentHashMap<>();
    private final Map<String, CleanEntry> cleans = new ConcurrentHashMap<>();
    private final Map<String, RenderEntry> renders = new ConcurrentHashMap<>();
    private volatile Settings settings;
    private volatile String cleanKey;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile Path disk;
    private volatile boolean dirty;
    /** The digests of the cleanings made since the disk cache was last written, which it does not hold yet. */
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    /** How many records the disk cache holds, stale ones included, and whether more may be appended to it. */
    private volatile int storedRecords;
    private volatile boolean appendable;
    private volatile Object renderKey;
    private volatile String siteSettings = "";
    /** What every page of this build is rendered with, as {@link #update} digests it: done once, not for each page. */
    private volatile byte[] renderContext = new byte[0];
    private volatile Map<String, BuildManifest.OutputFile> previousOutputs = Map.of();
    /** The record of the last build, for a cache that keeps builds; a build from disk reads the manifest instead. */
    private volatile BuildManifest.Recorded lastBuild;
    /** The last build's lookup of the site's own pages, with the links it was made from, for a cache that keeps builds. */
    private volatile LinkedPages lastOwnPages;
    /** The site the last build assembled, for a cache that keeps builds. */
    private volatile SiteModel lastModel;
    /** What the last build read its site from, for a cache that keeps builds. */
    private volatile LastSite lastSite;
    /** The search index the last build wrote, for a cache that keeps builds. */
    private volatile SearchIndex.Written lastSearch;
    /**
     * Whether this build updates the last one's output folder after an edit: a page rendered from a key equal to the
     * one the last build rendered it from is taken as the last build left it, unlooked-at.
     */
    private volatile boolean updating;
    private volatile boolean recordKeys;
    private final Map<String, String> outputKeys = new ConcurrentHashMap<>();
    /**
     * The keys of the pages an update rendered, digested only when its record asks for them, once the files are in
     * place: a sitemap's key holds every post.
     */
    private final Map<String, Object> undigested = new ConcurrentHashMap<>();
    private volatile Path readDisk;
    private volatile String readKey;
    private volatile Map<String, ReadStore.Stored> storedReads = Map.of();
    /** How many posts the disk held as read, counted before {@link #endReading()} lets them go. */
    private volatile int storedCount;
    private final Map<String, ReadStore.Stored> keptReads = new ConcurrentHashMap<>();
    private volatile boolean readsChanged;
    private volatile Map<String, String> knownBytes = Map.of();
    /** Posts taken from the disk without their body, by identity, with how to read each from its file again. */
    private final Map<Post, Supplier<ReadResult>> unread = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The digest of what cleaning reads from a post, when reading already knew it, by identity. */
    private final Map<Post, String> cleanDigests = Collections.synchronizedMap(new IdentityHashMap<>());
    /** What a cleaning was made from (rules, post, answers), by identity, until {@link #apply} gives its post. */
    private final Map<Cleaned, Origin> cleanOrigins = Collections.synchronizedMap(new IdentityHashMap<>());
    /** What a cleaned post's body was made from, by identity: its digest stands for the body's. */
    private final Map<Post, Origin> bodyOrigins = Collections.synchronizedMap(new IdentityHashMap<>());
    /**
     * By identity: a build's posts are compared by digest, never by their (long) contents. A cleaned post's digest is
     * taken as {@link #apply} makes it, on the cleaning's threads, and kept as long as its origin.
     */
    private final Map<Post, String> postDigests = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Where a build that keeps nothing in memory puts bodies aside, or {@code null} to hold them. */
    private volatile BodyFile spill;
    /** The disk cache of cleanings, when a build that keeps nothing in memory reads bodies from it; or {@code null}. */
    private volatile BodyFile storedBodies;
    private final AtomicInteger readHits = new AtomicInteger();
    private final AtomicInteger cleanHits = new AtomicInteger();
    private final AtomicInteger renderHits = new AtomicInteger();

    private BuildCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** An empty cache, to hand to each build of one site. */
    public static BuildCache inMemory() {
        return new BuildCache(true);
    }

    /**
     * A cache for one build: it keeps nothing in memory for the next, so every post is read and rendered again, and
     * cleaned again unless the site's disk cache has it.
     */
    public static BuildCache none() {
        return new BuildCache(false);
    }

    /** Whether this cache keeps builds in memory for the next build in this process (a preview server's). */
    boolean keepsBuilds() {
        return enabled;
    }

    /** The record of the last build that committed its output and was remembered, if any. */
    Optional<BuildManifest.Recorded> lastBuild() {
        return Optional.ofNullable(lastBuild);
    }

    /** Remembers {@code build} as the one that made the output folder, in memory, for a cache that keeps builds. */
    void rememberBuild(BuildManifest.Recorded build) {
        if (enabled) {
            lastBuild = build;
        }
    }

    /** Forgets the last build's record, before a build changes the output folder. */
    void forgetBuild() {
        lastBuild = null;
        lastSite = null;
        lastSearch = null;
    }

    /** Remembers the search index this build wrote, for a cache that keeps builds. */
    void rememberSearch(SearchIndex.Written index) {
        if (enabled) {
            lastSearch = index;
        }
    }

    /** The search index the last build wrote, if this cache keeps builds and it wrote one. */
    Optional<SearchIndex.Written> lastSearch() {
        return Optional.ofNullable(lastSearch);
    }

    /**
     * What a build read its site from, kept so that the next build in this process can update its output after an
     * edit to a few posts without reading the site folder again.
     *
     * @param settings the site's settings
     * @param files    the site's source files, as the scan found them
     * @param inputs   the digest of everything the build read
     * @param pages    the pages built
     * @param cleaning what cleaning did to the posts
     */
    record LastSite(Settings settings, List<SourceFile> files, BuildInputs.Digested inputs, List<Page> pages,
                    io.github.masthead.clean.CleaningReport cleaning) {
    }

    /** Remembers what the build just recorded ({@link #rememberBuild}) read, for a cache that keeps builds. */
    void rememberSite(LastSite site) {
        if (enabled) {
            lastSite = site;
        }
    }

    /** What the last recorded build read its site from, if this cache keeps builds and one was remembered. */
    Optional<LastSite> lastSite() {
        return Optional.ofNullable(lastSite);
    }

    /** The post the file at {@code relativePath} gave when it was last read in this process, before cleaning. */
    Optional<Post> lastRead(String relativePath) {
        ReadEntry entry = reads.get(relativePath);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.result().post());
    }

    /** The site the last build assembled, for a cache that keeps builds. */
    Optional<SiteModel> lastModel() {
        return Optional.ofNullable(lastModel);
    }

    /** The last build's lookup of the site's own pages, for a cache that keeps builds. */
    Optional<OwnPages> lastOwnPages() {
        LinkedPages last = lastOwnPages;
        return last == null ? Optional.empty() : Optional.of(last.pages());
    }

    /**
     * Starts rendering the update of the last build's output after an edit: a page whose key equals the one the last
     * build rendered it from is taken as that build left it, without a look at the file (see
     * {@link io.github.masthead.publish.Publisher#updating}). Only the keys of the pages rendered or taken are noted;
     * the others keep those the last build recorded.
     */
    void beginUpdate() {
        renderHits.set(0);
        previousOutputs = Map.of();
        recordKeys = true;
        outputKeys.clear();
        undigested.clear();
        updating = true;
    }

    /**
     * The lookup of the site's own pages for {@code links} (each post's source link, mapped to its page) that
     * {@code make} gives; a cache that keeps builds gives the last build's again while the links and the cleaning key
     * ({@link #beginCleaning}) are the same.
     */
    OwnPages ownPages(Map<String, String> links, Supplier<OwnPages> make) {
        LinkedPages last = lastOwnPages;
        if (enabled && last != null && last.links().equals(links)) {
            return last.pages();
        }
        OwnPages made = make.get();
        if (enabled) {
            lastOwnPages = new LinkedPages(Map.copyOf(links), made, ConcurrentHashMap.newKeySet());
        }
        return made;
    }

    /**
     * A lookup of the site's own pages with the links it was made from, and the cleanings, by digest, whose questions
     * about other pages it has answered as they were answered then: while it is used, they need not be asked again.
     */
    private record LinkedPages(Map<String, String> links, OwnPages pages, Set<String> answered) {
    }

    /** The cleanings {@code pages} is known to answer as they were answered, or {@code null} when none is known. */
    private Set<String> answeredBy(OwnPages pages) {
        LinkedPages last = lastOwnPages;
        return enabled && last != null && last.pages() == pages ? last.answered() : null;
    }

    /**
     * The site of {@code posts} and {@code pages}; a cache that keeps builds lets it share with the last build's what
     * is still the same (see {@link SiteModel#SiteModel(List, List, SiteModel)}).
     */
    SiteModel assemble(List<Post> posts, List<Page> pages) {
        return remember(new SiteModel(posts, pages, lastModel));
    }

    /** The last build's site with {@code changed} in place of its posts of the same paths (see {@link SiteModel#replacing}). */
    Optional<SiteModel> reassemble(List<Post> changed) {
        SiteModel last = lastModel;
        return last == null ? Optional.empty() : last.replacing(changed).map(this::remember);
    }

    private SiteModel remember(SiteModel model) {
        if (enabled) {
            lastModel = model;
        }
        return model;
    }

    /** How many posts the last build took from the cache instead of reading, cleaning and rendering them. */
    public Hits lastHits() {
        return new Hits(readHits.get(), cleanHits.get(), renderHits.get());
    }

    /** Starts a build: forgets everything if the site's settings changed. */
    void begin(Settings current) {
        readHits.set(0);
        cleanHits.set(0);
        renderHits.set(0);
        siteSettings = current.toString();
        if (enabled && !Objects.equals(settings, current)) {
            reads.clear();
            renders.clear();
            settings = current;
        }
    }

    /**
     * Starts the cleaning: forgets every cleaned post if {@code key} (the cleaning rules and settings, Masthead's
     * version) changed, and takes the posts cleaned by an earlier process from {@code disk} (a file, or
     * {@code null} for none) when it holds the same key.
     */
    void beginCleaning(String key, Path disk) {
        this.disk = disk;
        used.clear();
        cleanOrigins.clear();
        bodyOrigins.clear();
        postDigests.clear();
        if (!Objects.equals(cleanKey, key)) {
            lastOwnPages = null;
            cleans.clear();
            unsaved.clear();
            appendable = false;
            cleanKey = key;
        }
        if (cleans.isEmpty() && disk != null) {
            // a cache that keeps nothing for the next build leaves the bodies in the file until this build is done
            CleanStore.Loaded loaded = CleanStore.load(disk, key, !enabled);
            lastOwnPages = null; // its answers were not given to these cleanings
            closeStored();
            storedBodies = loaded.bodies();
            cleans.putAll(loaded.entries());
            storedRecords = loaded.records();
            appendable = loaded.whole();
        }
        dirty = false;
    }

    /**
     * Starts the rendering: forgets every rendered page if {@code key} (the templates) changed.
     *
     * @param previous   the pages the last recorded build left in the output folder, by path, with the digest each
     *                   was rendered from ({@link BuildManifest#renderedFrom})
     * @param recordKeys whether to note the digest of every page of this build, for its own record
     */
    void beginRendering(Object key, Map<String, BuildManifest.OutputFile> previous, boolean recordKeys) {
        if (enabled && !Objects.equals(renderKey, key)) {
            renders.clear();
            renderKey = key;
        }
        renderContext = (codeVersion() + "\n" + siteSettings + "\n" + key).getBytes(StandardCharsets.UTF_8);
        updating = false;
        previousOutputs = previous;
        this.recordKeys = recordKeys;
        outputKeys.clear();
        undigested.clear();
    }

    /** Notes {@code key} for the page at {@code outputPath}, to be digested if the update's record asks for it. */
    private void digestLater(String outputPath, Object key) {
        outputKeys.remove(outputPath);
        undigested.put(outputPath, key);
    }

    /** The digest of what the page at {@code outputPath} was rendered from in this build, or {@code null}. */
    String outputKey(String outputPath) {
        Object key = undigested.remove(outputPath);
        if (key != null) {
            outputKeys.put(outputPath, keyDigest(key));
        }
        return outputKeys.get(outputPath);
    }

    @Override
    public Optional<String> get(String outputPath, Object key) {
        RenderEntry entry = enabled ? renders.get(outputPath) : null;
        if (entry != null && entry.html() != null && entry.key().equals(key)) {
            countPostPage(key);
            if (updating) {
                digestLater(outputPath, key);
            } else if (recordKeys) {
                outputKeys.put(outputPath, entry.digest() != null ? entry.digest() : keyDigest(key));
            }
            return Optional.of(entry.html());
        }
        return Optional.empty();
    }

    @Override
    public void put(String outputPath, Object key, String html) {
        if (updating) {
            renders.put(outputPath, new RenderEntry(key, html, null));
            digestLater(outputPath, key);
            return;
        }
        String digest = recordKeys ? keyDigest(key) : null;
        if (enabled) {
            renders.put(outputPath, new RenderEntry(key, html, digest));
        }
        if (recordKeys) {
            outputKeys.put(outputPath, digest);
        }
    }

    /** Whether a page at {@code outputPath} is kept, rendered from its key alone. */
    boolean remembers(String outputPath) {
        return enabled && renders.containsKey(outputPath);
    }

    @Override
    public void forget(String outputPath) {
        renders.remove(outputPath);
    }

    @Override
    public void carried(String outputPath, Object key) {
        String digest = recordKeys ? keyDigest(key) : null;
        renders.computeIfPresent(outputPath, (path, entry) -> new RenderEntry(key, entry.html(), digest));
        if (recordKeys) {
            outputKeys.put(outputPath, digest);
        }
    }

    /**
     * The file the last build left at {@code outputPath}, when it was rendered from an equal key: told by the page
     * this process remembers from that build, compared by equality, or else by the digest of {@code key}.
     */
    @Override
    public Optional<PageReuse.Written> written(String outputPath, Object key) {
        if (updating) {
            RenderEntry entry = renders.get(outputPath);
            return entry != null && entry.key().equals(key) ? Optional.of(new PageReuse.Written(-1, -1))
                    : Optional.empty();
        }
        BuildManifest.OutputFile file = previousOutputs.get(outputPath);
        if (file == null) {
            return Optional.empty();
        }
        RenderEntry entry = enabled ? renders.get(outputPath) : null;
        boolean same = entry != null && file.key().equals(entry.digest()) && entry.key().equals(key)
                || file.key().equals(keyDigest(key));
        return same ? Optional.of(new PageReuse.Written(file.size(), file.modified())) : Optional.empty();
    }

    /**
     * Notes a page taken from the output folder: its key's digest is the one {@link #written} found recorded. A cache
     * that keeps builds remembers it by its key, without its text, as a page that the next update may leave as it is.
     */
    @Override
    public void kept(String outputPath, Object key) {
        countPostPage(key);
        if (updating) { // an update keeps the key the last build recorded
            return;
        }
        String digest = previousOutputs.get(outputPath).key();
        if (recordKeys) {
            outputKeys.put(outputPath, digest);
        }
        if (enabled) {
            renders.compute(outputPath, (path, entry) -> entry != null && entry.key().equals(key) ? entry
                    : new RenderEntry(key, null, digest));
        }
    }

    /** Counts a reused page in {@link #lastHits()} when it is a post's: its key starts with the post. */
    private void countPostPage(Object key) {
        if (key instanceof List<?> parts && !parts.isEmpty() && parts.get(0) instanceof Post) {
            renderHits.incrementAndGet();
        }
    }

    /**
     * The digest of a page's render key (its post and neighbours, or its list of posts and place in the pagination,
     * and its template) together with everything else such a page reads: the templates, the settings and Masthead's
     * own code.
     */
    private String keyDigest(Object key) {
        MessageDigest sha = sha256();
        update(sha, renderContext);
        describe(key, sha);
        return HexFormat.of().formatHex(sha.digest());
    }

    private void describe(Object part, MessageDigest sha) {
        Object[] components = part instanceof Record record && !(part instanceof Post) ? components(record) : null;
        if (part instanceof Post post) {
            update(sha, "post " + postDigest(post));
        } else if (components != null) {
            update(sha, part.getClass().getName());
            for (Object value : components) {
                describe(value, sha);
            }
        } else if (part instanceof List<?> list) {
            update(sha, "list " + list.size());
            for (Object item : list) {
                describe(item, sha);
            }
        } else if (part instanceof Map<?, ?> map) {
            update(sha, "map " + map.size());
            Map<String, Object> byName = new TreeMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                byName.put(String.valueOf(entry.getKey()), entry.getValue());
            }
            for (Map.Entry<String, Object> entry : byName.entrySet()) {
                update(sha, entry.getKey());
                describe(entry.getValue(), sha);
            }
        } else {
            update(sha, String.valueOf(part));
        }
    }

    /** The digest of a post as a page's key names it: taken when it was cleaned, or else now. */
    private String postDigest(Post post) {
        String digest = postDigests.get(post);
        return digest != null ? digest : digestPost(post);
    }

    /** Digests {@code post}'s text, with its body named by what it was made from when that is known, and keeps it. */
    private String digestPost(Post post) {
        Origin origin = bodyOrigins.get(post);
        String text = origin == null ? post.toString()
                : post.withBody("", post.excerpt(), post.image()) + "\nbody made from " + origin;
        String digest = HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
        postDigests.put(post, digest);
        return digest;
    }

    /**
     * The values of a record's components (a paginator, a page, a category), so that the posts they hold are digested
     * as posts; {@code null} when they cannot be read, and then the record is digested by its text.
     */
    private static Object[] components(Record record) {
        Method[] accessors = ACCESSORS.get(record.getClass());
        Object[] values = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) {
                values[i] = accessors[i].invoke(record);
            }
            return values;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Adds {@code text} to {@code sha}, after its length, so that no two lists of texts digest alike. */
    static void update(MessageDigest sha, String text) {
        update(sha, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the UTF-8 {@code bytes} of a text to {@code sha} as {@link #update(MessageDigest, String)} does. */
    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /**
     * Puts the bodies of the posts read and cleaned from now on aside in {@code spill}, which this cache closes at
     * {@link #finish()}; {@code null} holds them in memory.
     */
    void spillTo(BodyFile spill) {
        closeSpill();
        this.spill = spill;
    }

    /**
     * Ends a build: closes the file it put bodies aside in and the disk cache it read bodies from. A cache that keeps
     * nothing for the next build forgets its cleanings too, as their bodies may be in those files.
     */
    void finish() {
        closeSpill();
        closeStored();
        if (!enabled) {
            cleans.clear();
            unsaved.clear();
        }
    }

    private void closeSpill() {
        BodyFile to = spill;
        spill = null;
        if (to != null) {
            to.close();
        }
    }

    private void closeStored() {
        BodyFile stored = storedBodies;
        storedBodies = null;
        if (stored != null) {
            stored.close();
        }
    }

    /** {@code post} with its body put aside, when this build puts bodies aside. */
    private Post aside(Post post) {
        BodyFile to = spill;
        return to == null || !(post.body() instanceof Body.Held held) ? post
                : post.withBody(to.put(held.text()), post.excerpt(), post.image());
    }

    /** {@code cleaned} with its body put aside, when this build puts bodies aside. */
    private Cleaned aside(Cleaned cleaned) {
        BodyFile to = spill;
        return to == null || !(cleaned.body() instanceof Body.Held held) ? cleaned
                : new Cleaned(to.put(held.text()), cleaned.result(), cleaned.excerpt(), cleaned.image());
    }

    /**
     * Starts the reading. A cache that keeps nothing in memory, or one that keeps builds and holds none yet, takes the
     * posts an earlier process read from {@code disk} (a file, or {@code null} for none) when it was made with the
     * same {@code key} (the settings, Masthead's version).
     *
     * @param bytes the digests of source files this build already knows, by path in the site, so as not to read
     *              them twice
     */
    void beginReading(String key, Path disk, Map<String, String> bytes) {
        knownBytes = bytes;
        unread.clear();
        cleanDigests.clear();
        keptReads.clear();
        readsChanged = false;
        readKey = key;
        readDisk = enabled && !reads.isEmpty() ? null : disk; // a cache that keeps builds, for its first one only
        storedReads = readDisk == null ? Map.of() : ReadStore.load(readDisk, key);
        storedCount = storedReads.size();
    }

    /**
     * Ends the reading: lets go of the posts the disk held as read, and of the keys they were held by. Those this
     * build read again it keeps under keys of its own, for {@link #save()} to write.
     */
    void endReading() {
        storedReads = Map.of();
    }

    /**
     * The result of reading {@code file}: the last one if its bytes are unchanged, else {@code reader}'s. A post taken
     * from the disk has no body until {@link #raw} reads it again; its cleaning is taken by the digest kept with it.
     * A cache that keeps builds keeps such a post as it is, and reads its body again whenever a build needs it.
     */
    ReadResult read(SourceFile file, Supplier<ReadResult> reader) {
        if (!enabled) {
            return readThroughDisk(file, reader);
        }
        String digest = bytesDigest(file);
        ReadEntry entry = reads.get(file.relativePath());
        if (digest != null && entry != null && entry.file().equals(file) && entry.digest().equals(digest)) {
            readHits.incrementAndGet();
            if (entry.cleanDigest() != null) {
                cleanDigests.put(entry.result().post(), entry.cleanDigest());
            }
            if (entry.bodiless()) {
                unread.put(entry.result().post(), reader);
            }
            return entry.result();
        }
        ReadResult result = readDisk != null ? readThroughDisk(file, reader) : reader.get();
        if (digest != null && result.skipped() == null) {
            String known = result.isBuilt() ? cleanDigests.get(result.post()) : null;
            String cleanDigest = known != null || !result.isBuilt() ? known : inputDigest(result.post());
            if (cleanDigest != null) {
                cleanDigests.put(result.post(), cleanDigest);
            }
            reads.put(file.relativePath(), new ReadEntry(file, digest, result, cleanDigest,
                    result.isBuilt() && unread.containsKey(result.post())));
        } else {
            reads.remove(file.relativePath()); // a skipped post (future, say) may be built by a later build
        }
        return result;
    }

    private ReadResult readThroughDisk(SourceFile file, Supplier<ReadResult> reader) {
        String digest = readDisk == null || file.kind() != SourceFile.Kind.POST ? null : bytesDigest(file);
        if (digest == null) {
            ReadResult result = reader.get();
            return result.isBuilt() ? result.withPost(aside(result.post())) : result;
        }
        String fileKey = file.relativePath() + "\n" + String.join("/", file.dirCategories()) + "\n" + digest;
        ReadStore.Stored stored = storedReads.get(fileKey);
        if (stored != null) {
            unread.put(stored.post(), reader);
            cleanDigests.put(stored.post(), stored.cleanDigest());
            keptReads.put(fileKey, stored);
            readHits.incrementAndGet();
            return ReadResult.built(stored.post(), stored.warnings());
        }
        ReadResult result = reader.get();
        if (!result.isBuilt()) {
            return result;
        }
        Post post = result.post();
        Post built = aside(post);
        if (ReadStore.canKeep(post)) {
            String cleanDigest = inputDigest(post);
            cleanDigests.put(built, cleanDigest);
            // the disk keeps no body: a post whose body is put aside is kept as it is, else without its body
            Post kept = built != post ? built : post.withBody("", post.excerpt(), post.image());
            keptReads.put(fileKey, new ReadStore.Stored(kept, result.problems(), cleanDigest));
            readsChanged = true;
        }
        return result.withPost(built);
    }

    /** The digest of the bytes of {@code file}: the one the build found already, else read now. */
    private String bytesDigest(SourceFile file) {
        String known = knownBytes.get(file.relativePath());
        return known != null ? known : digest(file.path());
    }

    /** {@code post} with its body: read again from its file when it was taken from the disk without one. */
    Post raw(Post post) {
        Supplier<ReadResult> again = unread.get(post);
        if (again == null) {
            return post;
        }
        ReadResult result = again.get();
        return result.post() != null ? result.post() : post;
    }

    /**
     * The cleaning of {@code post}: an earlier one if the post's cleaning inputs are the same (by digest) and every
     * question that cleaning asked about the site's other pages still has the same answer; else {@code cleaner}'s,
     * which is given the post with its body ({@link #raw}) and asks its questions through the {@link PageLookups}.
     */
    Cleaned clean(Post post, OwnPages pages, BiFunction<Post, PageLookups, Cleaned> cleaner) {
        if (!enabled && disk == null) {
            return aside(cleaner.apply(raw(post), new PageLookups(pages)));
        }
        String known = cleanDigests.get(post);
        String digest = known != null ? known : inputDigest(post);
        used.add(digest);
        CleanEntry entry = cleans.get(digest);
        Set<String> answered = answeredBy(pages);
        if (entry != null && (answered != null && answered.contains(digest)
                || PageLookups.stillHold(entry.answers(), pages))) {
            if (answered != null) {
                answered.add(digest);
            }
            cleanHits.incrementAndGet();
            cleanOrigins.put(entry.cleaned(), new Origin(cleanKey, digest, entry.answers()));
            return entry.cleaned();
        }
        PageLookups lookups = new PageLookups(pages);
        Cleaned cleaned = aside(cleaner.apply(raw(post), lookups));
        if (cleaned.result().problems().isEmpty()) { // a problem (an image not downloaded) is retried next time
            cleans.put(digest, new CleanEntry(lookups.answers(), cleaned));
            if (answered != null) {
                answered.add(digest);
            }
            unsaved.add(digest);
            cleanOrigins.put(cleaned, new Origin(cleanKey, digest, lookups.answers()));
            dirty = true;
        }
        return cleaned;
    }

    /**
     * {@code post} with what cleaning made of it ({@link Cleaned#applyTo}). Its body is known by what it was made
     * from, so that a page's digest need not read the body itself; the post's digest is taken now.
     */
    Post apply(Post post, Cleaned done) {
        Post cleaned = done.applyTo(post);
        Origin origin = cleanOrigins.remove(done);
        if (origin != null) {
            bodyOrigins.put(cleaned, origin);
            digestPost(cleaned);
        }
        return cleaned;
    }

    /**
     * How many cleanings this cache holds, how many cleaned posts it knows the origin and the digest of, and how many
     * posts as read from the disk it holds by the keys they were stored under.
     */
    Held held() {
        return new Held(cleans.size(), bodyOrigins.size(), postDigests.size(), storedReads.size());
    }

    /** What a cache holds: {@link #held()}. */
    record Held(int cleanings, int bodyOrigins, int postDigests, int storedReads) {
    }

    /**
     * Forgets what this cache holds for the posts an update replaced, each by the post of the same place in
     * {@code now}: their digests, and their cleanings when the new post's differs, which no other post has (a
     * cleaning's digest names its post's path). A preview server that takes edit after edit keeps one of each.
     */
    void replaced(List<Post> before, List<Post> now) {
        LinkedPages last = lastOwnPages;
        for (int i = 0; i < before.size(); i++) {
            Post old = before.get(i);
            if (old == now.get(i)) {
                continue;
            }
            postDigests.remove(old);
            Origin was = bodyOrigins.remove(old);
            Origin is = bodyOrigins.get(now.get(i));
            if (was != null && (is == null || !was.digest().equals(is.digest()))) {
                used.remove(was.digest());
                unsaved.remove(was.digest());
                if (last != null) {
                    last.answered().remove(was.digest());
                }
                if (cleans.remove(was.digest()) != null) {
                    dirty = true;
                }
            }
        }
    }

    /**
     * Ends the cleaning: forgets the posts this build did not have (see {@link #save()} for the disk), and the posts
     * as read, which this build no longer needs.
     */
    void endCleaning() {
        if (cleans.keySet().retainAll(used)) {
            dirty = true;
        }
        LinkedPages last = lastOwnPages;
        if (last != null) {
            last.answered().retainAll(used);
        }
        used.clear();
        unread.clear();
        cleanDigests.clear();
    }

    /**
     * Writes what this build cleaned to the disk cache, when the site has one and anything changed: the new cleanings
     * are appended, and the whole file is written again when it cannot take them or holds more stale records than
     * live ones.
     *
     * @return why it could not be written, if it could not
     */
    Optional<String> save() {
        Path file = disk;
        try {
            if (disk != null && dirty) {
                Map<String, CleanEntry> fresh = new TreeMap<>();
                unsaved.forEach(digest -> {
                    CleanEntry entry = cleans.get(digest);
                    if (entry != null) {
                        fresh.put(digest, entry);
                    }
                });
                boolean canAppend = appendable && storedRecords + fresh.size() <= 2 * cleans.size() + COMPACT_SLACK;
                appendable = false; // until written: an append that fails half-way leaves a cut record
                // with nothing new (only posts gone), their records stay until the file is next written whole
                if (!canAppend || !fresh.isEmpty() && !CleanStore.append(disk, cleanKey, fresh)) {
                    CleanStore.save(disk, cleanKey, cleans);
                    storedRecords = cleans.size();
                } else {
                    storedRecords += fresh.size();
                }
                unsaved.clear();
                appendable = true;
                dirty = false;
            }
            file = readDisk;
            if (readDisk != null && (readsChanged || keptReads.size() != storedCount)) {
                ReadStore.save(readDisk, readKey, keptReads);
                readsChanged = false;
            }
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("cannot write the build cache " + file + ": " + e.getMessage()
                    + "; the next build reads and cleans every post again");
        }
    }

    /** The digest of everything the cleaning of {@code post} reads from it. */
    private static String inputDigest(Post post) {
        MessageDigest sha = sha256();
        for (String field : List.of(post.path(), post.title(), post.sourceLink(), String.join("\n", post.categories()),
                post.excerpt(), post.image(), String.valueOf(post.params().get("excerpt_separator")), post.content())) {
            update(sha, field);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Masthead's own code as a cache key: the jar it runs from (name, size, time), or the newest file of the class
     * folder it runs from, so that a new Masthead never reuses what an older one cleaned.
     */
    static String codeVersion() {
        return CODE_VERSION;
    }

    private static final String CODE_VERSION = findCodeVersion();

    private static String findCodeVersion() {
        try {
            return codeVersion(Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return unknownCode();
        }
    }

    /**
     * The version of the code at {@code code}: a jar by its name and the digest of its bytes, so that the same jar
     * downloaded or built again (the build's jars are reproducible) keeps a restored cache folder, and any other jar
     * does not; a folder of classes (a build of Masthead itself) by its place and latest change.
     */
    static String codeVersion(Path code) {
        if (Files.isRegularFile(code)) {
            String digest = digest(code);
            return digest == null ? unknownCode() : code.getFileName() + " " + digest;
        }
        try (Stream<Path> walk = Files.walk(code)) {
            return code + " " + walk.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return unknownCode();
        }
    }

    /** Nothing to go by: reuse nothing cleaned by another process. */
    private static String unknownCode() {
        return "unknown " + System.nanoTime();
    }

    /** Digests of the files at {@code paths} (site rule packs), each {@link #named} from {@code site}, for a key. */
    static List<String> digests(Path site, List<Path> paths) {
        return paths.stream().map(p -> named(site, p) + "=" + digest(p)).toList();
    }

    /**
     * How a key or a cache file names {@code file}: by its path from the folder {@code from} (the site folder, for a
     * key), so that a site moved or copied elsewhere with its cache folder (a CI runner restoring both, say) keeps its
     * cache; a file on another file system (a theme in Masthead's jar) by its path there.
     */
    static String named(Path from, Path file) {
        if (file.getFileSystem() == from.getFileSystem()) {
            try {
                return from.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                        .replace('\\', '/');
            } catch (IllegalArgumentException e) {
                // another root (a drive of its own): named in full
            }
        }
        return file.toString();
    }

    /**
     * Digests of every file under the folders {@code roots} (templates), those that exist, each {@link #named} from
     * {@code site}, for a rendering key.
     */
    static List<String> treeDigests(Path site, List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    files.add(root); // unreadable: its digest is null, so nothing rendered from it is reused
                }
            }
        }
        return digests(site, files);
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return null; // unreadable now: read it again, and let the reader report why
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Posts a build took from the cache.
     *
     * @param read    post files not read again
     * @param cleaned posts not cleaned again
     * @param rendered post pages not rendered again
     */
    public record Hits(int read, int cleaned, int rendered) {
    }

    /**
     * What cleaning made of a post: the cleaned body, what the cleaner found and did besides (the rules that acted,
     * the source link, the images, the problems; its HTML is left empty, as it is the body), and the excerpt and lead
     * image taken from the body.
     */
    record Cleaned(Body body, CleanResult result, String excerpt, String image) {

        /** {@code post} with the cleaned body, excerpt and lead image, and the source link cleaning found. */
        Post applyTo(Post post) {
            Post p = post.withBody(body, excerpt, image);
            if (!p.sourceLink().isEmpty() || result.sourceLink().filter(Urls::isHttp).isEmpty()) {
                return p;
            }
            return new Post(p.path(), p.slug(), p.title(), p.date(), p.categories(), p.tags(), p.layout(), p.author(),
                    result.sourceLink().get().strip(), p.url(), p.outputPath(), p.body(), p.excerpt(), p.image(),
                    p.draft(), p.params());
        }
    }

    /**
     * A file as read, by the digest of its bytes, with the digest of what cleaning reads from its post, if built, and
     * whether the post was taken from the disk without its body.
     */
    private record ReadEntry(SourceFile file, String digest, ReadResult result, String cleanDigest,
                             boolean bodiless) {
    }

    /** A cleaned post with the questions its cleaning asked about other pages and their answers. */
    record CleanEntry(Map<String, String> answers, Cleaned cleaned) {
    }

    /**
     * What a cleaned body was made from: the cleaning key, the digest of the post as read, and the answers the site's
     * pages gave its questions; written out only when a page's digest needs it.
     */
    private record Origin(String cleanKey, String digest, Map<String, String> answers) {
        @Override
        public String toString() {
            return cleanKey + "\n" + digest + "\n" + answers;
        }
    }

    /**
     * A page rendered in this process, or taken unrendered from the output folder ({@code html} then {@code null}),
     * with the digest of its key when the build recorded one.
     */
    private record RenderEntry(Object key, String html, String digest) {
    }
}
