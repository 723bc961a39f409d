package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newsgraph.ConfigException;

/**
 * Validates graphs against {@code ontology/shapes.ttl}, with the ontology added to the data so that {@code sh:class}
 * follows its subclass links. Immutable and thread-safe.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final Graph ontology;

    private ShapeValidator(Shapes shapes, Graph ontology) {
        this.shapes = shapes;
        this.ontology = ontology;
    }

    /** The shapes and ontology that ship inside newsgraph. */
    public static ShapeValidator load() {
        return new ShapeValidator(Shapes.parse(resource("/ontology/shapes.ttl")), resource("/ontology/newsgraph.ttl"));
    }

    public static Graph ontology() {
        return resource("/ontology/newsgraph.ttl");
    }

    private static Graph resource(String name) {
        try (InputStream in = ShapeValidator.class.getResourceAsStream(name)) {
            if (in == null) throw new ConfigException("resource missing from the build: " + name);
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new ConfigException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, new Union(data, ontology));
    }

    /** One line per violation, for messages and test failures. */
    public static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message()).append('\n');
        }
        return sb.toString();
    }
}
