package io.github.masthead.clean.rules;

import io.github.masthead.clean.media.Urls;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named set of rules, as one YAML file holds it. A pack with a {@code match} section applies to the posts
 * whose source link is on one of its {@code hosts} or that carry one of its {@code categories}; a pack without
 * one applies to every post. Immutable and thread-safe.
 *
 * @param name        the pack's name
 * @param description what the pack is for
 * @param hosts       source-link hosts it matches (a domain matches its subdomains too)
 * @param categories  categories it matches, ignoring case
 * @param articleId   a pattern whose first group identifies an article of this source across URL forms,
 *                    so that links to it can be pointed at this site's copy; or {@code null}
 * @param rules       its rules, in order
 * @param origin      where it was read from, for messages
 */
public record RulePack(String name, String description, List<String> hosts, List<String> categories,
                       Pattern articleId, List<Rule> rules, String origin) {

    public RulePack {
        hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        categories = categories.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        rules = List.copyOf(rules);
    }

    /** Whether the pack applies to every post. */
    public boolean isGeneral() {
        return hosts.isEmpty() && categories.isEmpty();
    }

    /** Whether the pack applies to a post with this source link and these categories. */
    public boolean matches(String sourceLink, List<String> postCategories) {
        if (isGeneral()) {
            return true;
        }
        String host = Urls.host(sourceLink);
        if (!host.isEmpty() && Urls.hostIn(host, hosts)) {
            return true;
        }
        for (String c : postCategories) {
            if (categories.contains(c.toLowerCase(Locale.ROOT).strip())) {
                return true;
            }
        }
        return false;
    }

    /** The article identity of {@code url} for this source, such as {@code dw:74663930}. */
    public Optional<String> articleKey(String url) {
        if (articleId == null) {
            return Optional.empty();
        }
        Matcher m = articleId.matcher(url.strip());
        return m.matches() && m.groupCount() >= 1 && m.group(1) != null
                ? Optional.of(name + ":" + m.group(1)) : Optional.empty();
    }
}
