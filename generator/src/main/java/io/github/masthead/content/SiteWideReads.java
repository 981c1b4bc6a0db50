package io.github.masthead.content;

import java.util.function.Supplier;

/**
 * Tells whether some work (rendering one page) read content beyond what it was given: the site's posts, pages,
 * categories or tags, or a post's neighbours. A page whose rendering read none of these depends only on its own
 * inputs, so a rebuild may reuse it while those are unchanged. It also tells whether the work read the text of any
 * post (its body, excerpt or lead image), and whether it read any post's title: a page that lists posts by their
 * addresses and dates alone, as a sitemap does, stays the same when an article's text or title changes. Per thread;
 * work may nest.
 */
public final class SiteWideReads {

    private static final ThreadLocal<boolean[]> CURRENT = new ThreadLocal<>();

    private SiteWideReads() {
    }

    private static final int SITE_WIDE = 0;
    private static final int TEXT = 1;
    private static final int TITLE = 2;

    /**
     * What {@code work} returned, and what it read.
     *
     * @param value    what the work returned
     * @param siteWide whether it read site-wide content
     * @param text     whether it read the text of a post
     * @param title    whether it read the title of a post
     */
    public record Tracked<T>(T value, boolean siteWide, boolean text, boolean title) {
    }

    /** Runs {@code work} on this thread, noting the site-wide content and the posts' text and titles it reads. */
    public static <T> Tracked<T> track(Supplier<T> work) {
        boolean[] outer = CURRENT.get();
        boolean[] read = new boolean[3];
        CURRENT.set(read);
        try {
            T value = work.get();
            return new Tracked<>(value, read[SITE_WIDE], read[TEXT], read[TITLE]);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                for (int i = 0; i < read.length; i++) {
                    outer[i] |= read[i];
                }
                CURRENT.set(outer);
            }
        }
    }

    /** Notes that the work running on this thread, if any is tracked, read site-wide content. */
    static void note() {
        mark(SITE_WIDE);
    }

    /**
     * Notes that the work running on this thread, if any is tracked, read the text of a post: called by {@link Post}
     * and by every {@link Body} whose text leaves it.
     */
    public static void noteText() {
        mark(TEXT);
    }

    /**
     * Notes that the work running on this thread, if any is tracked, read the title of a post: called by {@link Post}.
     */
    static void noteTitle() {
        mark(TITLE);
    }

    private static void mark(int what) {
        boolean[] read = CURRENT.get();
        if (read != null) {
            read[what] = true;
        }
    }
}
