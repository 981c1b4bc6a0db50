package io.github.masthead.clean.rules;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * {@code kind: remove_comments}: removes every HTML comment: feed timestamps ({@code <!--1677083646000-->}),
 * React's {@code <!-- -->}, commented-out players.
 */
final class RemoveCommentsRule extends NamedRule {

    RemoveCommentsRule(String name, Stage stage) {
        super(name, stage);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new RemoveCommentsRule(name, stage);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, body);
        for (Node c : comments) {
            context.ledger().removed(name(), c);
            c.remove();
        }
    }
}
