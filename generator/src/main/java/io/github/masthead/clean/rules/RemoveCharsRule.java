package io.github.masthead.clean.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * {@code kind: remove_chars}: removes invisible characters ({@code chars}, e.g. the zero-width space U+200B
 * that breaks words apart) from the article's text and from image descriptions.
 */
final class RemoveCharsRule extends NamedRule {

    private final Pattern chars;
    private final List<String> literals;

    RemoveCharsRule(String name, Stage stage, List<String> literals) {
        super(name, stage);
        this.literals = List.copyOf(literals);
        this.chars = Pattern.compile(literals.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow());
    }

    static Rule read(String name, Stage stage, Spec spec) {
        List<String> chars = spec.strings("chars");
        if (chars.isEmpty()) {
            throw new RuleException(spec.at("chars") + ": is required");
        }
        return new RemoveCharsRule(name, stage, chars);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                t.text(strip(t.getWholeText(), context));
            } else if (node instanceof Element e && e.hasAttr("alt")) {
                e.attr("alt", strip(e.attr("alt"), context));
            }
        }, body);
    }

    private String strip(String text, RuleContext context) {
        if (literals.stream().noneMatch(text::contains)) {
            return text;
        }
        Matcher m = chars.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        if (n == 0) {
            return text;
        }
        context.ledger().counted(name(), n, "invisible characters");
        return m.replaceAll("");
    }
}
