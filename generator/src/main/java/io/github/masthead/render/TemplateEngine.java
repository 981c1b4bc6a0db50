package io.github.masthead.render;

import io.github.masthead.config.Settings;
import io.github.masthead.theme.LayeredLoader;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Extension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pebble, set up once per build: the site-over-theme loader chain, auto-escaping on, and Masthead's filters.
 * Compiled templates are cached for the life of the engine. Thread-safe.
 */
public final class TemplateEngine {

    private final PebbleEngine pebble;
    private final LayeredLoader loader;

    public TemplateEngine(LayeredLoader loader, Settings settings) {
        this(loader, settings, List.of());
    }

    /** An engine with {@code extensions} besides Masthead's own filters. */
    public TemplateEngine(LayeredLoader loader, Settings settings, List<Extension> extensions) {
        this.loader = loader;
        this.pebble = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .defaultLocale(Locale.forLanguageTag(settings.lang()))
                .extension(new MastheadExtension(settings, loader.theme().name()))
                .extension(extensions.toArray(Extension[]::new))
                .build();
    }

    /** Whether a template of that name exists in the site or the theme. */
    public boolean exists(String name) {
        return loader.resourceExists(name);
    }

    /**
     * Renders template {@code name} with {@code context}.
     *
     * @throws TemplateFailure naming the template file and line
     */
    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter(8192);
        try {
            pebble.getTemplate(name).evaluate(out, context);
        } catch (PebbleException e) {
            throw new TemplateFailure(e.getFileName() == null ? name : e.getFileName(),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getPebbleMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A template that failed to compile or render. */
    public static final class TemplateFailure extends RuntimeException {
        private final String template;
        private final int line;

        TemplateFailure(String template, int line, String message, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }
    }
}
