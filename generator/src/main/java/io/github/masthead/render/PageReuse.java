package io.github.masthead.render;

import io.github.masthead.content.SiteWideReads;
import io.github.masthead.publish.Publisher;
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
     * As {@link #page(String, Object, String, Supplier)}, for a page that may not read the text of the posts its key
     * holds: {@code withoutText} is the same key with those posts' text left out. A page whose last rendering read no
     * text was remembered under it, and is taken while it is equal, whatever the articles now say; one that read text
     * is remembered under {@code key}.
     *
     * @param withoutText {@code key} without the posts' text, or {@code null} for a page that shows it
     */
    public Outcome page(String outputPath, Object key, Object withoutText, String origin,
                        Supplier<Optional<String>> render) {
        if (withoutText != null && keep(outputPath, withoutText, origin) || keep(outputPath, key, origin)) {
            return new Outcome(true, Optional.empty());
        }
        Optional<String> html = withoutText == null ? Optional.empty() : memo.get(outputPath, withoutText);
        if (html.isEmpty()) {
            html = memo.get(outputPath, key);
        }
        if (html.isPresent()) {
            return new Outcome(false, html);
        }
        SiteWideReads.Tracked<Optional<String>> rendered = SiteWideReads.track(render);
        if (rendered.value().isPresent() && !rendered.siteWide()) {
            memo.put(outputPath, withoutText == null || rendered.text() ? key : withoutText, rendered.value().get());
        } else {
            memo.forget(outputPath);
        }
        return new Outcome(false, rendered.value());
    }
}
