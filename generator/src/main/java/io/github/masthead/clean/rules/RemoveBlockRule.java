package io.github.masthead.clean.rules;

import io.github.masthead.clean.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * {@code kind: remove_block}: removes a block whose <em>whole</em> text matches {@code text}. The text is read
 * across inline tags ({@code <em>© 2025</em><em>年…</em>} reads {@code © 2025年…}) and normalized; a keyword
 * somewhere inside a longer paragraph never matches. The outermost matching block goes; a block holding an
 * image, a video or a table is never removed for its text, its children are tried instead. Optional:
 * {@code select} narrows the candidate blocks, {@code also_before} removes the line breaks or rules
 * ({@code [hr, br]}) just before the block, {@code max_length} (default 2000) skips longer blocks, whose
 * children are tried instead.
 */
final class RemoveBlockRule extends NamedRule {

    /** Blocks with more text than this are not read whole (their children are), unless a rule says otherwise. */
    static final int DEFAULT_MAX_LENGTH = 2000;

    private final Pattern text;
    private final Evaluator select;
    private final Set<String> alsoBefore;
    private final int maxLength;

    RemoveBlockRule(String name, Stage stage, Pattern text, Evaluator select, Set<String> alsoBefore, int maxLength) {
        super(name, stage);
        this.text = text;
        this.select = select;
        this.alsoBefore = Set.copyOf(alsoBefore);
        this.maxLength = maxLength;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new RemoveBlockRule(name, stage, spec.pattern("text"), spec.optCss("select").orElse(null),
                Set.copyOf(spec.strings("also_before")),
                (int) spec.number("max_length", DEFAULT_MAX_LENGTH, 1, Integer.MAX_VALUE));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        List<Element> found = new ArrayList<>();
        collect(body, found);
        for (Element block : found) {
            removeBefore(block, context);
            context.ledger().removed(name(), block);
            block.remove();
        }
    }

    private void collect(Element parent, List<Element> found) {
        for (int i = 0; i < parent.childrenSize(); i++) { // nothing is removed while collecting
            Element child = parent.child(i);
            if (isCandidate(child) && !Blocks.textLongerThan(child, maxLength)
                    && text.matcher(Texts.normalize(child.text())).matches() && !Blocks.hasMedia(child)) {
                found.add(child);
            } else {
                collect(child, found);
            }
        }
    }

    private boolean isCandidate(Element el) {
        return select == null ? Blocks.isBlock(el) : el.is(select);
    }

    private void removeBefore(Element block, RuleContext context) {
        if (alsoBefore.isEmpty()) {
            return;
        }
        Node prev = block.previousSibling();
        while (prev != null) {
            Node next = prev.previousSibling();
            if (prev instanceof TextNode t && t.isBlank()) {
                prev.remove();
            } else if (prev instanceof Element e && alsoBefore.contains(e.normalName()) && e.childNodeSize() == 0) {
                context.ledger().removed(name(), e);
                e.remove();
            } else {
                break;
            }
            prev = next;
        }
    }
}
