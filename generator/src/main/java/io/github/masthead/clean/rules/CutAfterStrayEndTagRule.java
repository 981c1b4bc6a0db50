package io.github.masthead.clean.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * {@code kind: cut_after_stray}: when the raw HTML closes {@code tag} (e.g. {@code article}) that it never
 * opened, everything after that end tag is site chrome that leaked into the feed, and is removed. The parser
 * would drop the stray tag silently, so the rule marks its place before parsing.
 */
final class CutAfterStrayEndTagRule extends NamedRule {

    static final String MARKER = "masthead-cut";
    private static final Evaluator MARKER_ELEMENT = QueryParser.parse(MARKER);

    private final Pattern tags;

    CutAfterStrayEndTagRule(String name, Stage stage, String tag) {
        super(name, stage);
        this.tags = Pattern.compile("<(/?)" + Pattern.quote(tag) + "(?=[\\s/>])[^>]*>", Pattern.CASE_INSENSITIVE);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        String tag = spec.string("tag");
        if (!tag.matches("[a-zA-Z][a-zA-Z0-9-]*")) {
            throw new RuleException(spec.at("tag") + ": must be a tag name such as article, not '" + tag + "'");
        }
        return new CutAfterStrayEndTagRule(name, stage, tag);
    }

    @Override
    public String beforeParse(String html) {
        Matcher m = tags.matcher(html);
        int depth = 0;
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                depth++;
            } else if (depth > 0) {
                depth--;
            } else {
                return html.substring(0, m.start()) + "<" + MARKER + "></" + MARKER + ">" + html.substring(m.end());
            }
        }
        return html;
    }

    @Override
    public void apply(Element body, RuleContext context) {
        Element marker = body.selectFirst(MARKER_ELEMENT);
        if (marker == null) {
            return;
        }
        for (Node at = marker; at != null && at != body; at = at.parent()) {
            Node sibling = at.nextSibling();
            while (sibling != null) {
                Node next = sibling.nextSibling();
                if (!(sibling instanceof TextNode t && t.isBlank())) {
                    context.ledger().removed(name(), sibling);
                }
                sibling.remove();
                sibling = next;
            }
        }
        marker.remove();
    }
}
