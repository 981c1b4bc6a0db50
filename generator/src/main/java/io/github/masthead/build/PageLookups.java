package io.github.masthead.build;

import io.github.masthead.clean.OwnPages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /** {@link OwnPages#isPage}, recorded. */
    boolean isPage(String path) {
        boolean page = pages.isPage(path);
        answers.put(PATH + path, Boolean.toString(page));
        return page;
    }

    /** The questions asked and their answers; a {@code null} answer means no page. */
    Map<String, String> answers() {
        return answers;
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
