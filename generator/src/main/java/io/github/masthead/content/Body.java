package io.github.masthead.content;

import java.util.Objects;

/**
 * The HTML body of a post: held in memory, or put aside on disk by a large build and read back each time it is asked
 * for, so that a build never holds every article at once. {@link #toString()} is the text. Each implementation tells
 * {@link SiteWideReads#noteText()} when its text is read, so that a page can tell whether it showed any.
 */
public interface Body {

    /** The HTML. */
    String text();

    /** A body held in memory. */
    static Body of(String text) {
        return new Held(text);
    }

    /** A body held in memory; equal to another of the same text. */
    record Held(String text) implements Body {

        public Held {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            SiteWideReads.noteText();
            return text;
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
