package io.github.masthead.clean.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * {@code kind: strip_text}: removes each piece of text matching {@code text} from inside the elements
 * {@code select} matches, e.g. a machine timestamp in a byline. The pattern is applied to each text node.
 */
final class StripTextRule extends NamedRule {

    private final Evaluator select;
    private final Pattern text;

    StripTextRule(String name, Stage stage, Evaluator select, Pattern text) {
        super(name, stage);
        this.select = select;
        this.text = text;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new StripTextRule(name, stage, spec.css("select"), spec.pattern("text"));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        for (Element el : body.select(select)) {
            for (TextNode node : el.textNodes()) {
                String before = node.getWholeText();
                Matcher m = text.matcher(before);
                StringBuilder kept = new StringBuilder();
                boolean changed = false;
                while (m.find()) {
                    if (m.end() > m.start()) {
                        context.ledger().strippedText(name(), m.group());
                        changed = true;
                    }
                    m.appendReplacement(kept, "");
                }
                m.appendTail(kept);
                if (changed) {
                    node.text(kept.toString());
                }
            }
        }
    }
}
