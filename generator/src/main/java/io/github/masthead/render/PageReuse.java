package io.github.masthead.render;

import io.github.masthead.content.SiteWideReads;
import io.github.masthead.publish.Publisher;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders a page only when an earlier build did not already make it from the same inputs. A page's {@code key}
 * holds everything the page is given (its post and neighbours, or its list of posts and place in the pagination,
 * and its template); a page whose rendering read nothing else (see {@link SiteWideReads}) is remembered under it,
 * in memory for the next build in this process and, as a digest, for the next build in another. Thread-safe when
 * its {@link Memo} is.
 */
public final class PageReuse {

    private final Memo memo;
    private final Publisher publisher;

    public PageReuse(Memo memo, Publisher publisher) {
        this.memo = memo;
        this.publisher = publisher;
    }

    /** Pages kept from earlier builds of the same site with the same settings and templates. */
    public interface Memo {

        /** Keeps nothing. */
        Memo NONE = new Memo() {
            @Override
            public Optional<String> get(String outputPath, Object key) {
                return Optional.empty();
            }

            @Override
            public void put(String outputPath, Object key, String html) {
            }
        };

        /** The page kept in memory for {@code outputPath} if it was rendered from an equal {@code key}. */
        Optional<String> get(String outputPath, Object key);

        void put(String outputPath, Object key, String html);

        /** Forgets the page kept for {@code outputPath}: it was rendered again from more than its key. */
        default void forget(String outputPath) {
        }

        /**
         * The file an earlier build, in this process or another, left in the output folder at {@code outputPath}
         * from an equal {@code key}; the publisher takes it if it is still there and untouched.
         */
        default Optional<Written> written(String outputPath, Object key) {
            return Optional.empty();
        }

        /** Notes that the page at {@code outputPath} was taken unrendered from the file {@link #written} gave. */
        default void kept(String outputPath, Object key) {
        }

        /** Notes that the page at {@code outputPath}, kept as the last build left it, is what {@code key} gives now. */
        default void carried(String outputPath, Object key) {
        }
    }

    /**
     * A file in the output folder as a build recorded it.
     *
     * @param size     its size in bytes
     * @param modified its modification time in milliseconds
     */
    public record Written(long size, long modified) {
    }

    /**
     * What became of a page.
     *
     * @param kept whether the earlier build's file was taken into this build, so there is nothing to write
     * @param html the page to write when it was not kept, empty when its rendering failed
     */
    public record Outcome(boolean kept, Optional<String> html) {
    }

    /**
     * Takes the earlier build's file at {@code outputPath} as it is, when it was made from an equal {@code key} and is
     * still as that build left it.
     *
     * @return whether it was taken; if not, nothing was claimed
     */
    public boolean keep(String outputPath, Object key, String origin) {
        Optional<Written> written = memo.written(outputPath, key);
        if (written.isPresent() && publisher.keep(outputPath, written.get().size(), written.get().modified(), origin)) {
            memo.kept(outputPath, key);
            return true;
        }
        return false;
    }

    /**
     * Takes the last build's file at {@code outputPath} as it is, for a build that updates the last one's output
     * ({@link Publisher#updating}) and knows the file to be what {@code key} gives too, though the key changed.
     *
     * @return whether it was taken; not when another file of this build already has the path
     */
    public boolean carry(String outputPath, Object key, String origin) {
        if (!publisher.keep(outputPath, -1, -1, origin)) {
            return false;
        }
        memo.carried(outputPath, key);
        return true;
    }

    /**
     * The page at {@code outputPath}: the earlier build's file, taken as it is, when it was made from an equal
     * {@code key} and is still as that build left it (no bytes are read or compared); else the page kept in memory;
     * else what {@code render} makes, remembered if it read nothing beyond {@code key}.
     *
     * @param origin the source file named if another claims the same output path
     */
    public Outcome page(String outputPath, Object key, String origin, Supplier<Optional<String>> render) {
        return page(outputPath, key, null, origin, render);
    }

    /**
     * A page's key without what its rendering may leave unread: the text of the posts the key holds (body, excerpt
     * and lead image), or their text and their titles.
     */
    @FunctionalInterface
    public interface Lighter {

        /** The key without the posts' text, and without their titles too when {@code titles}. */
        Object withoutText(boolean titles);
    }

    /**
     * As {@link #page(String, Object, String, Supplier)}, for a page that may not read the text of the posts its key
     * holds, or their titles. A page whose last rendering read neither was remembered under the key without both,
     * and is taken while that is equal, whatever the articles and their titles now say; one that read titles but no
     * text, under the key without text; one that read text, under {@code key}.
     *
     * @param lighter the lighter forms of {@code key}, or {@code null} for a page that shows the posts' text
     */
    public Outcome page(String outputPath, Object key, Lighter lighter, String origin,
                        Supplier<Optional<String>> render) {
        List<Object> keys = lighter == null ? List.of(key)
                : List.of(lighter.withoutText(true), lighter.withoutText(false), key);
        for (Object each : keys) {
            if (keep(outputPath, each, origin)) {
                return new Outcome(true, Optional.empty());
            }
        }
        for (Object each : keys) {
            Optional<String> html = memo.get(outputPath, each);
            if (html.isPresent()) {
                return new Outcome(false, html);
            }
        }
        SiteWideReads.Tracked<Optional<String>> rendered = SiteWideReads.track(render);
        if (rendered.value().isPresent() && !rendered.siteWide()) {
            memo.put(outputPath, lighter == null || rendered.text() ? key : lighter.withoutText(!rendered.title()),
                    rendered.value().get());
        } else {
            memo.forget(outputPath);
        }
        return new Outcome(false, rendered.value());
    }
}
