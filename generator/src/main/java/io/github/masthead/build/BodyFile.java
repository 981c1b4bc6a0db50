package io.github.masthead.build;

import io.github.masthead.SiteException;
import io.github.masthead.content.Body;
import io.github.masthead.content.SiteWideReads;
import io.github.masthead.publish.CacheFiles;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Post bodies in a file, read back by position each time one is asked for (by the cleaner, the post's page, a
 * full-content feed, the disk cache), so that a build holds a post's text only while it works on that post: a
 * scratch file where one build puts bodies aside as they are read and as they are cleaned, gone when it is closed; or
 * the disk cache of cleaned posts, whose bodies are left in the file as it is loaded. Thread-safe: bodies are written
 * and read from many threads at once.
 */
final class BodyFile implements Closeable {

    private final FileChannel channel;
    /** The file, or for a scratch file its folder, as the messages name it. */
    private final Path where;
    private final AtomicLong end = new AtomicLong();

    private BodyFile(FileChannel channel, Path where) {
        this.channel = channel;
        this.where = where;
    }

    /** An empty scratch file in {@code folder}, to {@link #put} bodies in. */
    static BodyFile scratch(Path folder) throws IOException {
        return new BodyFile(CacheFiles.scratch(folder, "bodies-"), folder);
    }

    /** The existing {@code file}, to read bodies from by position ({@link #at}). */
    static BodyFile reading(Path file) throws IOException {
        return new BodyFile(FileChannel.open(file, StandardOpenOption.READ), file);
    }

    /** The body of {@code length} bytes of UTF-8 at {@code at} in the file. */
    Body at(long at, int length) {
        return new InFile(this, at, length);
    }

    /** Writes {@code text} to the file and returns it as a body that reads it back. */
    Body put(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long at = end.getAndAdd(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            throw new SiteException("cannot put the body of a post aside in a scratch file in " + where + ": "
                    + e.getMessage() + "; the build needs room there for the text of every post", e);
        }
        return new InFile(this, at, bytes.length);
    }

    /**
     * The UTF-8 bytes of {@code body}: for a body in a file, as they lie there, without decoding them (the disk cache
     * copies cleaned bodies so); for another, its text encoded.
     */
    static byte[] utf8(Body body) {
        return body instanceof InFile in ? in.spill().bytes(in.at(), in.length())
                : body.text().getBytes(StandardCharsets.UTF_8);
    }

    private String read(long at, int length) {
        return new String(bytes(at, length), StandardCharsets.UTF_8);
    }

    private byte[] bytes(long at, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw new SiteException("cannot read the body of a post back from " + where + ": " + e.getMessage(), e);
        }
        return buffer.array();
    }

    /** Closes the file; nothing is lost if that fails, as a scratch file is unnamed and the disk cache only read. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // see above
        }
    }

    /** A body in a file: equal to another at the same place in the same file, whose text it is. */
    private record InFile(BodyFile spill, long at, int length) implements Body {

        @Override
        public String text() {
            SiteWideReads.noteText();
            return spill.read(at, length);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
