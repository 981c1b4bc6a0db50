package io.github.masthead.build;

import io.github.masthead.content.Body;
import io.github.masthead.publish.CacheFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where one build puts post bodies aside, as they are read and as they are cleaned, so that it holds a post's text
 * only while it works on that post: a scratch file in the cache folder, read back by position each time a body is
 * asked for (by the cleaner, the post's page, a full-content feed, the disk cache). The file is gone when the spill
 * is closed. Thread-safe: bodies are written and read from many threads at once.
 */
final class BodySpill implements Closeable {

    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private BodySpill(FileChannel channel) {
        this.channel = channel;
    }

    /** A spill in a scratch file in {@code folder}. */
    static BodySpill open(Path folder) throws IOException {
        return new BodySpill(CacheFiles.scratch(folder, "bodies-"));
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
            throw new UncheckedIOException("cannot put a post aside in the cache folder: " + e.getMessage(), e);
        }
        return new Spilled(this, at, bytes.length);
    }

    private String read(long at, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a post back from the cache folder: " + e.getMessage(), e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A body in a spill: equal to another at the same place in the same spill, whose text it is. */
    private record Spilled(BodySpill spill, long at, int length) implements Body {

        @Override
        public String text() {
            return spill.read(at, length);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
