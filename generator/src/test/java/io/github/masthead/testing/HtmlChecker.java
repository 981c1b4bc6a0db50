package io.github.masthead.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (v.Nu, the checker behind validator.w3.org/nu), run in this JVM on files: it reports the
 * errors of each document with their line and column. Warnings are not errors. One instance checks one file at
 * a time (not thread-safe); loading its schemas takes a few seconds, so check many files with one instance.
 */
public final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlChecker() throws SAXException {
        validator = new SimpleDocumentValidator(true, false, false); // log4j set up, no URL logging, no language guessing
        try {
            validator.setUpMainSchema(SCHEMA, collector);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the checker's HTML schema " + SCHEMA, e);
        }
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors in {@code file}, each as {@code file:line:column: message}; empty when it is valid. */
    public List<String> errors(Path file) throws IOException, SAXException {
        collector.start(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        return List.copyOf(collector.errors);
    }

    /** Gathers the errors of the current file. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private String file = "";

        void start(String name) {
            file = name;
            errors.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings (e.g. "consider adding a lang attribute") do not make a page invalid
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
