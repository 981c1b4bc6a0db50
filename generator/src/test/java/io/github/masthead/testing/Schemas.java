package io.github.masthead.testing;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates XML files against the XML Schemas kept under {@code src/test/resources/schemas/} (sitemaps.org's
 * sitemap and sitemap index schemas, Google's news sitemap schema) with {@code javax.xml.validation}, offline.
 */
public final class Schemas {

    private final Schema schema;

    /** A validator for the schemas of these resource names, e.g. {@code sitemap.xsd}, {@code sitemap-news.xsd}. */
    public Schemas(String... names) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Source[] sources = new Source[names.length];
        for (int i = 0; i < names.length; i++) {
            URL url = Schemas.class.getResource("/schemas/" + names[i]);
            if (url == null) {
                throw new IllegalArgumentException("no schema resource " + names[i]);
            }
            sources[i] = new StreamSource(url.toExternalForm());
        }
        schema = factory.newSchema(sources);
    }

    /** Every error in {@code file}, each with its line; empty when the file is valid. */
    public List<String> errors(Path file) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(file.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            errors.add(file.getFileName() + ": " + e.getMessage());
        }
        return errors;
    }
}
