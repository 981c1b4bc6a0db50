package io.github.masthead.clean.rules;

import io.github.masthead.clean.media.ProxyUrls;
import io.github.masthead.clean.media.UrlAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * {@code kind: unwrap_proxy}: replaces image-proxy URLs ({@code hosts}, original URL in the query parameter
 * {@code param}, default {@code url}) with the original URL, in links, images, sources and frames alike. The
 * proxy's own parameters ({@code proxy_params}, such as {@code w} or {@code output}) end an unencoded inner URL.
 * What the images then point at is up to {@code clean.image_proxy.mode}; in mode {@code keep} this rule is off.
 */
final class UnwrapProxyRule extends NamedRule {

    private final ProxyUrls proxy;

    UnwrapProxyRule(String name, Stage stage, ProxyUrls proxy) {
        super(name, stage);
        this.proxy = proxy;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        List<String> hosts = spec.strings("hosts");
        if (hosts.isEmpty()) {
            throw new RuleException(spec.at("hosts") + ": is required");
        }
        Set<String> params = new HashSet<>();
        spec.strings("proxy_params").forEach(p -> params.add(p.toLowerCase(Locale.ROOT)));
        String param = spec.optString("param").orElse("url");
        return new UnwrapProxyRule(name, stage, new ProxyUrls(hosts, param, params));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        UrlAttributes.rewrite(body, (el, attr, url) -> proxy.inner(url).map(inner -> {
            context.ledger().changed(name(), attr, url, inner);
            return inner;
        }).orElse(url));
    }
}
