package io.github.masthead.clean.rules;

import io.github.masthead.clean.media.UrlAttributes;
import io.github.masthead.clean.media.Urls;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * {@code kind: strip_params}: removes tracking parameters ({@code params}, wildcards allowed, such as
 * {@code utm_*}) from every link and image URL; with {@code hosts}, only from URLs on those hosts (and below).
 */
final class StripParamsRule extends NamedRule {

    private final Pattern params;
    private final List<String> hosts;

    StripParamsRule(String name, Stage stage, Pattern params, List<String> hosts) {
        super(name, stage);
        this.params = params;
        this.hosts = List.copyOf(hosts);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        List<String> params = spec.strings("params");
        if (params.isEmpty()) {
            throw new RuleException(spec.at("params") + ": is required");
        }
        return new StripParamsRule(name, stage, Urls.globs(params), spec.strings("hosts"));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        UrlAttributes.rewrite(body, (el, attr, url) -> {
            if (url.indexOf('?') < 0 || (!hosts.isEmpty() && !Urls.hostIn(Urls.host(url), hosts))) {
                return url;
            }
            String stripped = Urls.withoutParams(url, n -> params.matcher(n).matches());
            if (!stripped.equals(url)) {
                context.ledger().changed(name(), attr, url, stripped);
            }
            return stripped;
        });
    }
}
