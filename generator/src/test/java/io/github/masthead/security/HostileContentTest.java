package io.github.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the hostile fixture (one attack vector per post, each calling {@code __xss(N)}) with the default theme
 * and checks every HTML page as a browser would parse it: no script, handler or dangerous URL carries a payload.
 */
class HostileContentTest {

    private static final Pattern DANGEROUS_URL = Pattern.compile("^\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noPayloadReachesAnExecutableContext(@TempDir Path tmp) throws Exception {
        Path site = TestSites.writeResource(tmp.resolve("site"), "hostile");
        Path out = tmp.resolve("out");
        BuildReport report = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        assertThat(report.postsRendered()).as("every vector is built, none is dropped").isEqualTo(44);

        List<String> findings = new ArrayList<>();
        int pages = 0;
        for (String file : Trees.files(out)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            pages++;
            Document doc = Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
            for (Element el : doc.getAllElements()) {
                // a JSON-LD block is data that browsers never run; a payload that broke out of it would be
                // a script element of its own, which this still finds
                if (el.tagName().equals("script") && el.data().contains("__xss")
                        && !el.attr("type").equals("application/ld+json")) {
                    findings.add(file + ": script " + el.data());
                }
                if (List.of("iframe", "object", "embed", "base", "form").contains(el.tagName())
                        && el.outerHtml().contains("__xss")
                        || el.tagName().equals("meta") && el.hasAttr("http-equiv") && el.outerHtml().contains("__xss")) {
                    findings.add(file + ": " + el.tagName());
                }
                for (Attribute attr : el.attributes()) {
                    String name = attr.getKey().toLowerCase(Locale.ROOT);
                    String value = attr.getValue();
                    if (name.startsWith("on") && !value.isEmpty()) {
                        findings.add(file + ": handler " + name + "=" + value);
                    }
                    if (DANGEROUS_URL.matcher(value.replaceAll("[\\u0000-\\u001F]", "")).find()
                            && List.of("href", "src", "action", "formaction", "data", "srcset", "poster", "content")
                            .contains(name)) {
                        findings.add(file + ": " + name + "=" + value);
                    }
                    if (name.equals("style") && value.toLowerCase(Locale.ROOT).matches("(?s).*(expression|javascript).*")) {
                        findings.add(file + ": style " + value);
                    }
                    if (name.equals("srcdoc")) {
                        findings.add(file + ": srcdoc");
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(44);
        assertThat(findings).isEmpty();
    }
}
