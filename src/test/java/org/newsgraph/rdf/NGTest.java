package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class NGTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(Path.of("ontology/newsgraph.ttl").toString());

    @Test
    void constantsNameExactlyTheTermsTheOntologyDeclares() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS)) declared.add(s.getURI());
        });
        Set<String> constants = new TreeSet<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) constants.add(r.getURI());
        }
        assertEquals(declared, constants);
    }

    @Test
    void everyTermHasALabelAndAComment() {
        for (Field f : NG.class.getFields()) {
            if (!Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = ONTOLOGY.getResource(NG.NS + f.getName());
            assertTrue(term.hasProperty(RDFS.label), f.getName() + " has no rdfs:label");
            assertTrue(term.hasProperty(RDFS.comment), f.getName() + " has no rdfs:comment");
        }
    }

    @Test
    void everyPropertyHasADomainAndEveryRoleARange() {
        for (Resource p : ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList()) {
            if (!p.getURI().startsWith(NG.NS)) continue;
            assertTrue(p.hasProperty(RDFS.domain), p + " has no domain");
            assertTrue(p.hasProperty(RDFS.range), p + " has no range");
        }
        for (Resource p : ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList()) {
            if (!p.getURI().startsWith(NG.NS)) continue;
            assertTrue(p.hasProperty(RDFS.domain), p + " has no domain");
        }
    }

    @Test
    void everyEventTypeIsASubclassOfEvent() {
        for (String type : new String[] {"Treaty", "Deployment", "Supply", "Visit", "Meeting", "Statement", "Support",
                "Sanction", "Invitation", "Role", "Attack"}) {
            RDFNode sup = ONTOLOGY.getResource(NG.NS + type).getPropertyResourceValue(RDFS.subClassOf);
            assertEquals(NG.Event, sup, type);
        }
    }
}
