package io.github.masthead.render.output;

import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import io.github.masthead.render.TemplateEngine;
import io.github.masthead.theme.LayeredLoader;
import io.github.masthead.theme.Theme;
import io.github.masthead.theme.ThemeResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Some of the {@code newsroom} theme's output formats for a site of the given settings (its folder empty), with an
 * engine that renders them as a build would.
 */
record ThemeOutputs(Settings settings, List<OutputFormat> formats, TemplateEngine engine) {

    static ThemeOutputs of(Path tmp, Map<String, Object> config, String... names) throws IOException {
        Path source = Files.createDirectories(tmp.resolve("src"));
        Settings settings = new ConfigLoader().load(source, config);
        Theme theme = new ThemeResolver(ThemeOutputs.class.getClassLoader()).resolve("newsroom", source);
        Set<String> wanted = Set.of(names);
        List<OutputFormat> formats = OutputFormats.read(theme, settings).stream()
                .filter(f -> wanted.contains(f.name())).toList();
        TemplateEngine engine = new TemplateEngine(new LayeredLoader(source, theme), settings,
                List.of(new OutputExtension(settings, formats)));
        return new ThemeOutputs(settings, formats, engine);
    }
}
