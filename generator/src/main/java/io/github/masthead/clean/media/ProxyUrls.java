package io.github.masthead.clean.media;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the original URL out of an image-proxy URL such as
 * {@code https://images.weserv.nl/?url=static.dw.com/image/1_303.jpg&w=800}. The inner URL may lack a scheme,
 * be percent-encoded, carry a query of its own, or contain parentheses; the proxy's own parameters
 * ({@code w}, {@code output}, ...) are told apart by name. Immutable and thread-safe.
 */
public final class ProxyUrls {

    /** A scheme such as {@code javascript:} or {@code data:}, as opposed to a {@code host:port} prefix. */
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\d+(?:[/?#]|$))");
    private static final Pattern ENCODED = Pattern.compile("%(?:3A|2F|3F|26|3D)", Pattern.CASE_INSENSITIVE);

    private final List<String> hosts;
    private final String param;
    private final Set<String> proxyParams;

    /**
     * @param hosts       the proxy's hosts, e.g. {@code images.weserv.nl}, {@code wsrv.nl}
     * @param param       the parameter holding the original URL, e.g. {@code url}
     * @param proxyParams the proxy's other parameters, which end the inner URL when it is not encoded
     */
    public ProxyUrls(List<String> hosts, String param, Set<String> proxyParams) {
        this.hosts = List.copyOf(hosts);
        this.param = param;
        this.proxyParams = Set.copyOf(proxyParams);
    }

    /** The original URL inside {@code url}, or empty when {@code url} is not a URL of this proxy. */
    public Optional<String> inner(String url) {
        String u = url.strip();
        String host = Urls.host(u);
        if (host.isEmpty() || !Urls.hostIn(host, hosts)) {
            return Optional.empty();
        }
        int q = u.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        String query = u.substring(q + 1);
        int start = valueStart(query);
        if (start < 0) {
            return Optional.empty();
        }
        String value = query.substring(start, valueEnd(query, start));
        if (ENCODED.matcher(value).find()) {
            value = Urls.decode(value);
        }
        return Optional.ofNullable(withScheme(value.strip())).filter(Urls::isHttp);
    }

    private int valueStart(String query) {
        String key = param + "=";
        if (query.startsWith(key)) {
            return key.length();
        }
        int at = query.indexOf("&" + key);
        return at < 0 ? -1 : at + key.length() + 1;
    }

    /** The inner URL runs to the next {@code &name=} that names one of the proxy's parameters. */
    private int valueEnd(String query, int start) {
        int i = start;
        while (true) {
            int amp = query.indexOf('&', i);
            if (amp < 0) {
                int hash = query.indexOf('#', start);
                return hash < 0 ? query.length() : hash;
            }
            int eq = query.indexOf('=', amp);
            int next = query.indexOf('&', amp + 1);
            int nameEnd = eq < 0 || (next >= 0 && next < eq) ? (next < 0 ? query.length() : next) : eq;
            String name = query.substring(amp + 1, nameEnd);
            if (proxyParams.contains(name.toLowerCase(Locale.ROOT)) || name.equals(param)) {
                return amp;
            }
            i = amp + 1;
        }
    }

    /** The URL with a scheme (https when it had none), or {@code null} for a URL of another scheme. */
    private static String withScheme(String value) {
        if (value.startsWith("//")) {
            return "https:" + value;
        }
        if (value.regionMatches(true, 0, "ssl:", 0, 4)) {
            return "https://" + value.substring(4);
        }
        if (value.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return value;
        }
        if (OTHER_SCHEME.matcher(value).lookingAt()) {
            return null;
        }
        return "https://" + value;
    }
}
