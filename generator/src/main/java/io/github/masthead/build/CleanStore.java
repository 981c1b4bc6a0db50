package io.github.masthead.build;

import io.github.masthead.clean.CleanResult;
import io.github.masthead.clean.media.LocalImage;
import io.github.masthead.publish.CacheFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cleaned posts of the last build, kept in one file between builds (like Jekyll's {@code .jekyll-cache}), so
 * that the next build in a new process cleans only the posts that changed. The file names the cleaning it was made
 * with (rules, settings, Masthead's own version); a file made with another, or one that cannot be read, counts as
 * empty, never as an error. It is written whole to a temporary file and moved into place, so a killed build leaves
 * the previous file or none.
 */
final class CleanStore {

    private static final String MAGIC = "masthead-cleaned/1";

    private CleanStore() {
    }

    /** The entries in {@code file} by input digest, or none if it is missing, damaged or made for another key. */
    static Map<String, BuildCache.CleanEntry> load(Path file, String key) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(StoreCodec.string(in)) || !key.equals(StoreCodec.string(in))) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, BuildCache.CleanEntry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String digest = StoreCodec.string(in);
                BuildCache.CleanEntry entry = entry(in);
                if (entry.cleaned().result().images().stream().allMatch(image -> Files.isRegularFile(image.cacheFile()))) {
                    entries.put(digest, entry);
                }
            }
            return entries;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged or cut short: every post is cleaned again, and the file written anew
        }
    }

    /** Replaces {@code file} with {@code entries}. */
    static void save(Path file, String key, Map<String, BuildCache.CleanEntry> entries) throws IOException {
        CacheFiles.replace(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            StoreCodec.string(out, MAGIC);
            StoreCodec.string(out, key);
            out.writeInt(entries.size());
            for (Map.Entry<String, BuildCache.CleanEntry> entry : entries.entrySet()) {
                StoreCodec.string(out, entry.getKey());
                entry(out, entry.getValue());
            }
            out.flush();
        });
    }

    private static void entry(DataOutputStream out, BuildCache.CleanEntry entry) throws IOException {
        out.writeInt(entry.answers().size());
        for (Map.Entry<String, String> answer : entry.answers().entrySet()) {
            StoreCodec.string(out, answer.getKey());
            StoreCodec.string(out, answer.getValue());
        }
        BuildCache.Cleaned cleaned = entry.cleaned();
        CleanResult result = cleaned.result();
        StoreCodec.string(out, result.html());
        out.writeInt(result.removals().size());
        for (Map.Entry<String, Integer> removal : result.removals().entrySet()) {
            StoreCodec.string(out, removal.getKey());
            out.writeInt(removal.getValue());
        }
        StoreCodec.string(out, result.sourceLink().orElse(null));
        out.writeInt(result.images().size());
        for (LocalImage image : result.images()) {
            StoreCodec.string(out, image.url());
            StoreCodec.string(out, image.outputPath());
            StoreCodec.string(out, image.cacheFile().toString());
        }
        StoreCodec.string(out, cleaned.excerpt());
        StoreCodec.string(out, cleaned.image());
    }

    private static BuildCache.CleanEntry entry(DataInputStream in) throws IOException {
        int answerCount = in.readInt();
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < answerCount; i++) {
            answers.put(StoreCodec.string(in), StoreCodec.string(in));
        }
        String html = StoreCodec.string(in);
        int removalCount = in.readInt();
        Map<String, Integer> removals = new LinkedHashMap<>();
        for (int i = 0; i < removalCount; i++) {
            removals.put(StoreCodec.string(in), in.readInt());
        }
        Optional<String> sourceLink = Optional.ofNullable(StoreCodec.string(in));
        int imageCount = in.readInt();
        List<LocalImage> images = new ArrayList<>();
        for (int i = 0; i < imageCount; i++) {
            images.add(new LocalImage(StoreCodec.string(in), StoreCodec.string(in), Path.of(StoreCodec.string(in))));
        }
        CleanResult result = new CleanResult(html, removals, sourceLink, images, List.of());
        return new BuildCache.CleanEntry(answers, new BuildCache.Cleaned(result, StoreCodec.string(in), StoreCodec.string(in)));
    }
}
