package io.github.masthead.clean.rules;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code kind: trim_breaks}: removes line breaks at the very start or end of a block (also inside an inline
 * element at that edge), such as the extra {@code <br>} that a stray {@code </br>} end tag leaves.
 */
final class TrimBreaksRule extends NamedRule {

    TrimBreaksRule(String name, Stage stage) {
        super(name, stage);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new TrimBreaksRule(name, stage);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        for (Element el : body.getAllElements()) {
            if (el == body || Blocks.isBlock(el)) {
                trim(el, true, context);
                trim(el, false, context);
            }
        }
    }

    /** Removes the breaks at one edge of {@code block}, looking into inline elements that sit at that edge. */
    private void trim(Element block, boolean leading, RuleContext context) {
        while (true) {
            Node edge = edge(block, leading);
            if (edge instanceof Element br && br.normalName().equals("br")) {
                context.ledger().removed(name(), br);
                br.remove();
            } else {
                if (edge instanceof Element inline && !Blocks.isBlock(inline)) {
                    trim(inline, leading, context);
                }
                return;
            }
        }
    }

    private static Node edge(Element block, boolean leading) {
        int n = block.childNodeSize();
        for (int i = 0; i < n; i++) {
            Node node = block.childNode(leading ? i : n - 1 - i);
            if (!(node instanceof TextNode t && t.isBlank())) {
                return node;
            }
        }
        return null;
    }
}
