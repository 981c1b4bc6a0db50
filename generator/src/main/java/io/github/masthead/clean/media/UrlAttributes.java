package io.github.masthead.clean.media;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Visits every URL an article's elements carry ({@code href}, {@code src}, {@code poster} and each candidate of
 * {@code srcset}) so that a step can rewrite them one by one. Stateless and thread-safe.
 */
public final class UrlAttributes {

    /** Attributes holding one URL. */
    public static final List<String> SINGLE = List.of("href", "src", "poster");
    /** Attributes holding a list of image candidates. */
    public static final String SRCSET = "srcset";
    private static final Set<String> ALL = Set.of("href", "src", "poster", "srcset");

    private UrlAttributes() {
    }

    /** Rewrites one URL; returns the URL unchanged to leave it, or empty to drop a srcset candidate. */
    @FunctionalInterface
    public interface Rewriter {
        String rewrite(Element element, String attribute, String url);
    }

    /** Applies {@code rewriter} to every URL under {@code root}, {@code root} included. */
    public static void rewrite(Element root, Set<String> attributes, Rewriter rewriter) {
        for (Element el : root.getAllElements()) {
            if (el.attributesSize() == 0) {
                continue;
            }
            for (String attr : SINGLE) {
                if (attributes.contains(attr) && el.hasAttr(attr)) {
                    String before = el.attr(attr);
                    String after = rewriter.rewrite(el, attr, before);
                    if (!after.equals(before)) {
                        el.attr(attr, after);
                    }
                }
            }
            if (attributes.contains(SRCSET) && el.hasAttr(SRCSET)) {
                String before = el.attr(SRCSET);
                String after = Srcset.map(before, url -> rewriter.rewrite(el, SRCSET, url));
                if (!after.equals(before)) {
                    el.attr(SRCSET, after);
                }
            }
        }
    }

    /** Applies {@code rewriter} to every URL attribute kind. */
    public static void rewrite(Element root, Rewriter rewriter) {
        rewrite(root, ALL, rewriter);
    }

    /** Every URL attribute name, for rules that take a list of them. */
    public static Set<String> all() {
        return ALL;
    }
}
