package io.github.masthead.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What the rules did to one article: a count per rule and, when explaining, each action with what it touched.
 * One ledger serves one call of the cleaner, so it is not thread-safe.
 */
public final class Ledger {

    private static final int SNIPPET = 240;

    private final boolean detailed;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Explanation.Entry> entries = new ArrayList<>();

    /** A ledger that only counts ({@code detailed = false}) or also keeps every action. */
    public Ledger(boolean detailed) {
        this.detailed = detailed;
    }

    /** Records that {@code rule} removed {@code node}; call before the node is removed. */
    public void removed(String rule, Node node) {
        count(rule);
        if (detailed) {
            String text = node instanceof Element e ? Texts.normalize(e.text()) : "";
            entries.add(new Explanation.Entry(rule, "removed", Texts.abbreviate(node.outerHtml(), SNIPPET), text));
        }
    }

    /** Records that {@code rule} unwrapped {@code element}, keeping its content. */
    public void unwrapped(String rule, Element element) {
        count(rule);
        if (detailed) {
            Element shell = element.shallowClone();
            entries.add(new Explanation.Entry(rule, "unwrapped", Texts.abbreviate(shell.outerHtml(), SNIPPET), ""));
        }
    }

    /** Records that {@code rule} changed {@code before} into {@code after} (an attribute, a link or a text). */
    public void changed(String rule, String what, String before, String after) {
        count(rule);
        if (detailed) {
            entries.add(new Explanation.Entry(rule, what, Texts.abbreviate(before, SNIPPET) + " → "
                    + Texts.abbreviate(after, SNIPPET), ""));
        }
    }

    /** Records that {@code rule} removed the text {@code removed} from inside a block. */
    public void strippedText(String rule, String removed) {
        count(rule);
        if (detailed) {
            entries.add(new Explanation.Entry(rule, "removed text", Texts.abbreviate(removed, SNIPPET),
                    Texts.normalize(removed)));
        }
    }

    /** Adds {@code n} actions of {@code rule} without details, for bulk steps such as the sanitizer. */
    public void counted(String rule, int n, String what) {
        if (n <= 0) {
            return;
        }
        counts.merge(rule, n, Integer::sum);
        if (detailed) {
            entries.add(new Explanation.Entry(rule, what, n + "×", ""));
        }
    }

    private void count(String rule) {
        counts.merge(rule, 1, Integer::sum);
    }

    /** Actions per rule, in the order the rules first acted. */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** Every action, when detailed; otherwise empty. */
    public List<Explanation.Entry> entries() {
        return entries;
    }
}
