package io.github.masthead.build;

import io.github.masthead.clean.CleanResult;
import io.github.masthead.clean.media.LocalImage;
import io.github.masthead.content.Body;
import io.github.masthead.publish.CacheFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The cleaned posts of the last builds, kept in one file between builds (like Jekyll's {@code .jekyll-cache}), so
 * that the next build in a new process cleans only the posts that changed. The file names the cleaning it was made
 * with (rules, settings, Masthead's own version) and then holds one record per cleaned post, each with its length and
 * checksum; a build that cleaned a few posts appends their records instead of writing the whole file again. A file
 * made with another cleaning, or one that cannot be read, counts as empty, never as an error; a record cut short or
 * damaged (a build killed while appending) ends the file there, and the records before it still count. The whole
 * file is written to a temporary file and moved into place, so a killed build leaves the previous file or none.
 */
final class CleanStore {

    private static final String MAGIC = "masthead-cleaned/2";
    private static final int MAX_RECORD = 1 << 28;

    private CleanStore() {
    }

    /**
     * What a cache file held.
     *
     * @param entries the cleanings, by input digest
     * @param records how many records the file holds, counting those of posts cleaned again since
     * @param whole   whether the file ended with a whole record, so that more may be appended to it
     * @param bodies  the file the entries' bodies are read back from, to be closed once the build is done with them;
     *                {@code null} when they were read into memory
     */
    record Loaded(Map<String, BuildCache.CleanEntry> entries, int records, boolean whole, BodyFile bodies) {
        static final Loaded NONE = new Loaded(Map.of(), 0, false, null);
    }

    /**
     * The entries in {@code file} by input digest, or none if it is missing, damaged or made for another key. Every
     * record is read and checked; with {@code leaveBodies}, the cleaned bodies are left in the file and read back
     * from it when asked for, so that loading a large archive's file does not hold all of its text.
     */
    static Loaded load(Path file, String key, boolean leaveBodies) {
        BodyFile bodies = null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!header(in, key)) {
                return Loaded.NONE;
            }
            bodies = leaveBodies ? BodyFile.reading(file) : null;
            long at = headerLength(key);
            Map<String, BuildCache.CleanEntry> entries = new HashMap<>();
            int records = 0;
            while (true) {
                byte[] record = record(in);
                if (record == null || record.length == 0) {
                    return new Loaded(entries, records, record == null, bodies);
                }
                records++;
                long start = at + Integer.BYTES + Long.BYTES;
                at = start + record.length;
                ByteArrayInputStream bytes = new ByteArrayInputStream(record);
                DataInputStream fields = new DataInputStream(bytes);
                String digest = StoreCodec.string(fields);
                BodyFile from = bodies;
                BuildCache.CleanEntry entry = entry(fields, folderOf(file), length -> {
                    if (from == null) {
                        return Body.of(StoreCodec.utf8(fields, length));
                    }
                    long offset = start + record.length - bytes.available();
                    fields.skipNBytes(length);
                    return from.at(offset, length);
                });
                if (entry.cleaned().result().images().stream()
                        .allMatch(image -> Files.isRegularFile(image.cacheFile()))) {
                    entries.put(digest, entry);
                }
            }
        } catch (NoSuchFileException e) {
            return Loaded.NONE;
        } catch (IOException | RuntimeException e) {
            if (bodies != null) {
                bodies.close();
            }
            return Loaded.NONE; // not a file of this format: every post is cleaned again, and the file written anew
        }
    }

    private static boolean header(DataInputStream in, String key) throws IOException {
        return MAGIC.equals(StoreCodec.string(in)) && key.equals(StoreCodec.string(in));
    }

    /** How many bytes the header written for {@code key} takes. */
    private static long headerLength(String key) {
        return 2L * Integer.BYTES + MAGIC.getBytes(StandardCharsets.UTF_8).length
                + key.getBytes(StandardCharsets.UTF_8).length;
    }

    /** How a record's body is taken, given its length in bytes: read into memory, or left in the file. */
    @FunctionalInterface
    private interface BodyReader {
        Body read(int length) throws IOException;
    }

    /**
     * The next record's bytes; {@code null} at the end of the file, and an empty array for a record cut short or
     * failing its checksum.
     */
    private static byte[] record(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (java.io.EOFException e) {
            return null;
        }
        try {
            long checksum = in.readLong();
            if (length <= 0 || length > MAX_RECORD) {
                return new byte[0];
            }
            byte[] record = in.readNBytes(length);
            return record.length == length && checksum(record) == checksum ? record : new byte[0];
        } catch (java.io.EOFException e) {
            return new byte[0];
        }
    }

    /** Replaces {@code file} with {@code entries}. */
    static void save(Path file, String key, Map<String, BuildCache.CleanEntry> entries) throws IOException {
        CacheFiles.replace(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            StoreCodec.string(out, MAGIC);
            StoreCodec.string(out, key);
            writeRecords(out, entries, folderOf(file));
            out.flush();
        });
    }

    /**
     * Adds {@code entries} at the end of {@code file}, if it is a whole file of this format made with {@code key}.
     *
     * @return whether they were added; if not, nothing was written and the caller writes the whole file instead
     */
    static boolean append(Path file, String key, Map<String, BuildCache.CleanEntry> entries) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 12))) {
            if (!header(in, key)) {
                return false;
            }
        } catch (NoSuchFileException | java.io.EOFException e) {
            return false;
        }
        CacheFiles.append(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            writeRecords(out, entries, folderOf(file));
            out.flush();
        });
        return true;
    }

    /** The folder of the cache file, from which the files of downloaded images are named. */
    private static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static void writeRecords(DataOutputStream out, Map<String, BuildCache.CleanEntry> entries, Path folder)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
        DataOutputStream fields = new DataOutputStream(bytes);
        for (Map.Entry<String, BuildCache.CleanEntry> entry : entries.entrySet()) {
            bytes.reset();
            StoreCodec.string(fields, entry.getKey());
            entry(fields, entry.getValue(), folder);
            fields.flush();
            byte[] record = bytes.toByteArray();
            out.writeInt(record.length);
            out.writeLong(checksum(record));
            out.write(record);
        }
    }

    private static long checksum(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record);
        return crc.getValue();
    }

    /**
     * Writes {@code entry}, naming each downloaded image's file from the {@code folder} of the cache file, so that the
     * cache folder and the site, moved together, keep their images.
     */
    private static void entry(DataOutputStream out, BuildCache.CleanEntry entry, Path folder) throws IOException {
        out.writeInt(entry.answers().size());
        for (Map.Entry<String, String> answer : entry.answers().entrySet()) {
            StoreCodec.string(out, answer.getKey());
            StoreCodec.string(out, answer.getValue());
        }
        BuildCache.Cleaned cleaned = entry.cleaned();
        CleanResult result = cleaned.result();
        StoreCodec.utf8(out, BodyFile.utf8(cleaned.body())); // copied as it lies in its file
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
            StoreCodec.string(out, BuildCache.named(folder, image.cacheFile()));
        }
        StoreCodec.string(out, cleaned.excerpt());
        StoreCodec.string(out, cleaned.image());
    }

    private static BuildCache.CleanEntry entry(DataInputStream in, Path folder, BodyReader bodies) throws IOException {
        int answerCount = in.readInt();
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < answerCount; i++) {
            answers.put(StoreCodec.string(in), StoreCodec.string(in));
        }
        int htmlLength = in.readInt();
        if (htmlLength < 0) {
            throw new IOException("damaged: a cleaning without a body");
        }
        Body html = bodies.read(htmlLength);
        int removalCount = in.readInt();
        Map<String, Integer> removals = new LinkedHashMap<>();
        for (int i = 0; i < removalCount; i++) {
            removals.put(StoreCodec.name(in), in.readInt());
        }
        Optional<String> sourceLink = Optional.ofNullable(StoreCodec.string(in));
        int imageCount = in.readInt();
        List<LocalImage> images = new ArrayList<>();
        for (int i = 0; i < imageCount; i++) {
            images.add(new LocalImage(StoreCodec.string(in), StoreCodec.string(in),
                    folder.resolve(StoreCodec.string(in)).normalize()));
        }
        CleanResult result = new CleanResult("", removals, sourceLink, images, List.of());
        return new BuildCache.CleanEntry(PageLookups.compact(answers),
                new BuildCache.Cleaned(html, result, StoreCodec.string(in), StoreCodec.string(in)));
    }
}
