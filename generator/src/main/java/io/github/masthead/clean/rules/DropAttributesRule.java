package io.github.masthead.clean.rules;

import io.github.masthead.clean.media.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * {@code kind: drop_attributes}: removes the {@code attributes} (names, {@code *} wildcards allowed, such as
 * {@code data-*-click}) from every element, or from those {@code select} matches.
 */
final class DropAttributesRule extends NamedRule {

    private final Pattern names;
    private final Evaluator select;

    DropAttributesRule(String name, Stage stage, Pattern names, Evaluator select) {
        super(name, stage);
        this.names = names;
        this.select = select;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        List<String> attributes = spec.strings("attributes");
        if (attributes.isEmpty()) {
            throw new RuleException(spec.at("attributes") + ": is required");
        }
        return new DropAttributesRule(name, stage, Urls.globs(attributes), spec.optCss("select").orElse(null));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        for (Element el : select == null ? body.getAllElements() : body.select(select)) {
            if (el.attributesSize() == 0) {
                continue;
            }
            List<Attribute> doomed = new ArrayList<>();
            for (Attribute a : el.attributes()) {
                if (names.matcher(a.getKey()).matches()) {
                    doomed.add(a);
                }
            }
            for (Attribute a : doomed) {
                context.ledger().changed(name(), "attribute", "<" + el.normalName() + " " + a.html() + ">",
                        "<" + el.normalName() + ">");
                el.removeAttr(a.getKey());
            }
        }
    }
}
