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
 * ({@code [hr, br]}) just before the block.
 */
final class RemoveBlockRule extends NamedRule {

    private final Pattern text;
    private final Evaluator select;
    private final Set<String> alsoBefore;

    RemoveBlockRule(String name, Stage stage, Pattern text, Evaluator select, Set<String> alsoBefore) {
        super(name, stage);
        this.text = text;
        this.select = select;
        this.alsoBefore = Set.copyOf(alsoBefore);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new RemoveBlockRule(name, stage, spec.pattern("text"), spec.optCss("select").orElse(null),
                Set.copyOf(spec.strings("also_before")));
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
        for (Element child : parent.children()) {
            if (isCandidate(child) && text.matcher(Texts.normalize(child.text())).matches()
                    && !Blocks.hasMedia(child)) {
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
