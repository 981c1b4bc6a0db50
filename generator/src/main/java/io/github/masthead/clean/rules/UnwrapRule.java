package io.github.masthead.clean.rules;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** {@code kind: unwrap}: replaces every element {@code select} matches with its content. */
final class UnwrapRule extends NamedRule {

    private final Evaluator select;

    UnwrapRule(String name, Stage stage, Evaluator select) {
        super(name, stage);
        this.select = select;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new UnwrapRule(name, stage, spec.css("select"));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        for (Element el : body.select(select)) {
            if (el != body && Blocks.isAttached(el)) {
                context.ledger().unwrapped(name(), el);
                el.unwrap();
            }
        }
    }
}
