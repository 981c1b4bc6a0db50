package io.github.masthead.build;

import io.github.masthead.clean.OwnPages;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questions one post's cleaning asked about the site's other pages (which page mirrors this URL, is this
 * path one of ours), with the answers it got. A cleaned post can be reused while every answer still holds, so a
 * new post invalidates only the posts that link to its original article. Not thread-safe: one post at a time.
 */
final class PageLookups {

    /** The prefix of a recorded {@link #isPage} question; {@link #pageFor} questions have none. */
    private static final String PATH = "\0path:";

    private final OwnPages pages;
    private final Map<String, String> answers = new LinkedHashMap<>();

    PageLookups(OwnPages pages) {
        this.pages = pages;
    }

    /** {@link OwnPages#apply}, recorded. */
    Optional<String> pageFor(String url) {
        Optional<String> page = pages.apply(url);
        answers.put(url, page.orElse(null));
        return page;
    }

    /**
     * {@link OwnPages#isPage}, recorded. A path that does not start with {@code /} (an absolute URL, say) is no page
     * of any site, since every page is its post's URL from the root after the base URL, which starts with {@code /}
     * too: that answer never changes, so it is not recorded.
     */
    boolean isPage(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        boolean page = pages.isPage(path);
        answers.put(PATH + path, Boolean.toString(page));
        return page;
    }

    /**
     * The questions asked and their answers, in the order asked; a {@code null} answer means no page. Read-only and
     * compact, as a build keeps those of every post.
     */
    Map<String, String> answers() {
        return compact(answers);
    }

    /** {@code answers} in a read-only map of their order that keeps them in one array. */
    static Map<String, String> compact(Map<String, String> answers) {
        if (answers.isEmpty()) {
            return Map.of();
        }
        String[] pairs = new String[answers.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            pairs[i++] = answer.getKey();
            pairs[i++] = answer.getValue();
        }
        return new Answers(pairs);
    }

    /** Questions and answers in turn in one array: iterated, never looked up. */
    private static final class Answers extends AbstractMap<String, String> {
        private final String[] pairs;

        Answers(String[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < pairs.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            next += 2;
                            return new SimpleImmutableEntry<>(pairs[next - 2], pairs[next - 1]);
                        }
                    };
                }

                @Override
                public int size() {
                    return pairs.length / 2;
                }
            };
        }
    }

    /** Whether {@code pages} answers every question in {@code answers} as it was answered then. */
    static boolean stillHold(Map<String, String> answers, OwnPages pages) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            String question = answer.getKey();
            String now = question.startsWith(PATH)
                    ? Boolean.toString(pages.isPage(question.substring(PATH.length())))
                    : pages.apply(question).orElse(null);
            if (!Objects.equals(now, answer.getValue())) {
                return false;
            }
        }
        return true;
    }
}
