package io.github.masthead.content;

import java.util.function.Supplier;

/**
 * Tells whether some work (rendering one page) read content beyond what it was given: the site's posts, pages,
 * categories or tags, or a post's neighbours. A page whose rendering read none of these depends only on its own
 * inputs, so a rebuild may reuse it while those are unchanged. Per thread; work may nest.
 */
public final class SiteWideReads {

    private static final ThreadLocal<boolean[]> CURRENT = new ThreadLocal<>();

    private SiteWideReads() {
    }

    /**
     * What {@code work} returned, and whether it read site-wide content.
     *
     * @param value    what the work returned
     * @param siteWide whether it read site-wide content
     */
    public record Tracked<T>(T value, boolean siteWide) {
    }

    /** Runs {@code work} on this thread, noting the site-wide content it reads. */
    public static <T> Tracked<T> track(Supplier<T> work) {
        boolean[] outer = CURRENT.get();
        boolean[] read = {false};
        CURRENT.set(read);
        try {
            T value = work.get();
            return new Tracked<>(value, read[0]);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                outer[0] |= read[0];
                CURRENT.set(outer);
            }
        }
    }

    /** Notes that the work running on this thread, if any is tracked, read site-wide content. */
    static void note() {
        boolean[] read = CURRENT.get();
        if (read != null) {
            read[0] = true;
        }
    }
}
