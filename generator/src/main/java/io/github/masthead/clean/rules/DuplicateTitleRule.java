package io.github.masthead.clean.rules;

import io.github.masthead.clean.Texts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * {@code kind: duplicate_title}: removes a block near the top of the article whose whole text is the post's
 * title, since the page already shows the title. Only the first {@code within} texts (default 6) are looked at,
 * and captions (a figure's, or a block right after an image) are never taken for a title.
 */
final class DuplicateTitleRule extends NamedRule {

    private static final Evaluator CAPTION = QueryParser.parse("figure, figcaption");

    private final int within;

    DuplicateTitleRule(String name, Stage stage, int within) {
        super(name, stage);
        this.within = within;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new DuplicateTitleRule(name, stage, (int) spec.number("within", 6, 1, 100));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        String title = Texts.squeeze(context.article().title());
        if (title.isEmpty()) {
            return;
        }
        // the first texts often share a parent (lines split by <br>): each block is read once while none is removed
        Map<Element, String> squeezed = new IdentityHashMap<>();
        for (TextNode text : firstTexts(body)) {
            Element candidate = null;
            for (Element e = text.parent(); e != null && e != body; e = e.parent()) {
                if (!squeezed.computeIfAbsent(e, block -> Texts.squeeze(block.text())).equals(title)) {
                    break;
                }
                if (!Blocks.hasMedia(e)) {
                    candidate = e;
                }
            }
            if (candidate != null && Blocks.isAttached(candidate) && !isCaption(candidate)) {
                context.ledger().removed(name(), candidate);
                candidate.remove();
                squeezed.clear();
            }
        }
    }

    private List<TextNode> firstTexts(Element body) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t && Texts.hasVisible(t.getWholeText())) {
                    texts.add(t);
                }
                return texts.size() >= within ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, body);
        return texts;
    }

    private static boolean isCaption(Element el) {
        if (el.closest(CAPTION) != null) {
            return true;
        }
        Element prev = el.previousElementSibling();
        return prev != null && Blocks.hasMedia(prev);
    }
}
