package io.github.masthead.clean.rules;

import io.github.masthead.clean.media.UrlAttributes;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * {@code kind: rewrite_link}: replaces every URL that <em>wholly</em> matches {@code pattern} by
 * {@code replace}, where {@code $1}, {@code $2}, ... stand for the pattern's groups. By default only links
 * ({@code href}) are rewritten; {@code attributes} can name {@code src}, {@code srcset} and {@code poster} too.
 * A link rewritten to an article this site also has is then pointed at this site's page.
 */
final class RewriteLinkRule extends NamedRule {

    private final Pattern pattern;
    private final String replace;
    private final Set<String> attributes;

    RewriteLinkRule(String name, Stage stage, Pattern pattern, String replace, Set<String> attributes) {
        super(name, stage);
        this.pattern = pattern;
        this.replace = replace;
        this.attributes = Set.copyOf(attributes);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        Pattern pattern = spec.pattern("pattern");
        String replace = spec.string("replace");
        try {
            pattern.matcher("").replaceAll(replace);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RuleException(spec.at("replace") + ": " + e.getMessage(), e);
        }
        Set<String> attributes = spec.has("attributes") ? Set.copyOf(spec.strings("attributes")) : Set.of("href");
        for (String a : attributes) {
            if (!UrlAttributes.all().contains(a)) {
                throw new RuleException(spec.at("attributes") + ": '" + a + "' is not one of "
                        + String.join(", ", UrlAttributes.all()));
            }
        }
        return new RewriteLinkRule(name, stage, pattern, replace, attributes);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        UrlAttributes.rewrite(body, attributes, (el, attr, url) -> {
            Matcher m = pattern.matcher(url.strip());
            if (!m.matches()) {
                return url;
            }
            String rewritten = m.replaceFirst(replace);
            if (!rewritten.equals(url)) {
                context.ledger().changed(name(), attr, url, rewritten);
            }
            return rewritten;
        });
    }
}
