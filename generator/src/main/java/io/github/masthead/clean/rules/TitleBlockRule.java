package io.github.masthead.clean.rules;

import io.github.masthead.clean.Texts;
import io.github.masthead.clean.media.Urls;
import io.github.masthead.frontmatter.LeadBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * {@code kind: title_block}: removes a mirror's headline block when it is still at the top of the article, and
 * keeps its URL as the post's source link. In an HTML post it is raw text ({@code [title](url)} underlined
 * with dashes); in a Markdown post, a heading holding only a link to the original article or with the post's
 * title (a paragraph holding only a link counts when the link's text is the title).
 */
final class TitleBlockRule extends NamedRule {

    private static final Evaluator LINK = QueryParser.parse("a[href]");

    TitleBlockRule(String name, Stage stage) {
        super(name, stage);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new TitleBlockRule(name, stage);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        Node first = firstMeaningful(body);
        if (first instanceof TextNode text) {
            LeadBlock lead = LeadBlock.read(text.getWholeText());
            if (lead.title().isPresent()) {
                String rest = lead.stripFrom(text.getWholeText());
                context.ledger().strippedText(name(), text.getWholeText().substring(0,
                        text.getWholeText().length() - rest.length()));
                text.text(rest);
                lead.link().ifPresent(context::foundSourceLink);
            }
        } else if (first instanceof Element heading && heading.normalName().matches("h[1-3]|p")) {
            Element link = heading.selectFirst(LINK);
            if (link != null && Texts.normalize(link.text()).equals(Texts.normalize(heading.text()))
                    && !Blocks.hasMedia(heading) && isTheArticle(link, heading.normalName().equals("p"), context)) {
                context.foundSourceLink(link.attr("href"));
                context.ledger().removed(name(), heading);
                heading.remove();
            }
        }
    }

    /** Whether the link names the article: by its title, or (for a heading) by the source link. */
    private static boolean isTheArticle(Element link, boolean titleOnly, RuleContext context) {
        String title = context.article().title();
        String source = context.article().sourceLink();
        boolean sameTitle = !title.isBlank() && Texts.squeeze(link.text()).equals(Texts.squeeze(title));
        boolean sameLink = !source.isEmpty() && Urls.comparable(link.attr("href")).equals(Urls.comparable(source));
        return sameTitle || !titleOnly && sameLink;
    }


    private static Node firstMeaningful(Element body) {
        for (Node n : body.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n;
        }
        return null;
    }
}
