package io.github.masthead.build;

import io.github.masthead.Problem;
import io.github.masthead.content.Post;
import io.github.masthead.publish.CacheFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts of the last build as their files were read, kept between builds beside the cleaned posts, so that a
 * build in a new process parses neither the front matter nor the Markdown of a file whose bytes are unchanged. A
 * post is kept without its body: what the build needs of the body is its cleaning, which {@link CleanStore} keeps
 * under the digest recorded here; a post whose cleaning must be redone is read again from its file. Keyed, like
 * {@link CleanStore}, by what reading depends on (the settings, Masthead's own version); a file made with another
 * key, or one that cannot be read, counts as empty. Stateless.
 */
final class ReadStore {

    private static final String MAGIC = "masthead-read/1";
    /** Which of the texts written first is the layout, a name ({@link StoreCodec#name}) as categories and tags are. */
    private static final int LAYOUT = 4;

    private ReadStore() {
    }

    /**
     * A post as read, without its body.
     *
     * @param post        the post; its body, if any, is not kept on disk
     * @param warnings    what reading it warned of
     * @param cleanDigest the digest of everything its cleaning reads from it ({@link BuildCache})
     */
    record Stored(Post post, List<Problem> warnings, String cleanDigest) {
    }

    /** The entries in {@code file} by file key, or none if it is missing, damaged or made for another key. */
    static Map<String, Stored> load(Path file, String key) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(StoreCodec.string(in)) || !key.equals(StoreCodec.string(in))) {
                return Map.of();
            }
            int count = StoreCodec.count(in);
            Map<String, Stored> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                entries.put(StoreCodec.string(in), stored(in));
            }
            return entries;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged or cut short: every post is read from its file, and this file written anew
        }
    }

    /** Replaces {@code file} with {@code entries}. */
    static void save(Path file, String key, Map<String, Stored> entries) throws IOException {
        CacheFiles.replace(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            StoreCodec.string(out, MAGIC);
            StoreCodec.string(out, key);
            out.writeInt(entries.size());
            for (Map.Entry<String, Stored> entry : entries.entrySet()) {
                StoreCodec.string(out, entry.getKey());
                stored(out, entry.getValue());
            }
            out.flush();
        });
    }

    /** Whether {@code post} can be kept exactly: its front matter holds only the kinds of values safe YAML gives. */
    static boolean canKeep(Post post) {
        return StoreCodec.canWrite(post.params());
    }

    private static void stored(DataOutputStream out, Stored stored) throws IOException {
        Post p = stored.post();
        for (String field : List.of(p.path(), p.slug(), p.title(), p.date().toString(), p.layout(), p.author(),
                p.sourceLink(), p.url(), p.outputPath(), p.excerpt(), p.image())) {
            StoreCodec.string(out, field);
        }
        StoreCodec.strings(out, p.categories());
        StoreCodec.strings(out, p.tags());
        out.writeBoolean(p.draft());
        StoreCodec.value(out, p.params());
        out.writeInt(stored.warnings().size());
        for (Problem warning : stored.warnings()) {
            StoreCodec.problem(out, warning);
        }
        StoreCodec.string(out, stored.cleanDigest());
    }

    private static Stored stored(DataInputStream in) throws IOException {
        String[] f = new String[11];
        for (int i = 0; i < f.length; i++) {
            f[i] = i == LAYOUT ? StoreCodec.name(in) : StoreCodec.string(in);
        }
        List<String> categories = StoreCodec.names(in);
        List<String> tags = StoreCodec.names(in);
        boolean draft = in.readBoolean();
        // the front matter's texts are the post's own where they are equal (its title, link, layout), as when read
        Map<String, String> fields = new HashMap<>();
        for (List<String> texts : List.of(Arrays.asList(f), categories, tags)) {
            texts.forEach(text -> fields.putIfAbsent(text, text));
        }
        if (!(StoreCodec.value(in, text -> fields.getOrDefault(text, text)) instanceof Map<?, ?> raw)) {
            throw new IOException("damaged: front matter that is not a mapping");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        raw.forEach((k, v) -> params.put(String.valueOf(k), v));
        Post post = new Post(f[0], f[1], f[2], ZonedDateTime.parse(f[3]), categories, tags, f[4], f[5], f[6], f[7],
                f[8], "", f[9], f[10], draft, params);
        int warningCount = StoreCodec.count(in);
        List<Problem> warnings = new ArrayList<>(warningCount);
        for (int i = 0; i < warningCount; i++) {
            warnings.add(StoreCodec.problem(in));
        }
        return new Stored(post, warnings, StoreCodec.string(in));
    }
}
