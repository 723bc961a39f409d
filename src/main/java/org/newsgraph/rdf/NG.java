package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}) as Jena constants, in the manner of Jena's own
 * {@code RDFS}. {@code NGTest} checks that this class and the ontology declare the same terms.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Base of every resource IRI newsgraph mints (articles, entities, mentions, events). */
    public static final String BASE = "https://w3id.org/newsgraph/";

    private NG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // classes
    public static final Resource Attack = resource("Attack");
    public static final Resource Deployment = resource("Deployment");
    public static final Resource Entity = resource("Entity");
    public static final Resource Event = resource("Event");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Group = resource("Group");
    public static final Resource Invitation = resource("Invitation");
    public static final Resource Location = resource("Location");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Mention = resource("Mention");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource Role = resource("Role");
    public static final Resource Sanction = resource("Sanction");
    public static final Resource Statement = resource("Statement");
    public static final Resource Supply = resource("Supply");
    public static final Resource Support = resource("Support");
    public static final Resource TextSpan = resource("TextSpan");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource Visit = resource("Visit");

    // properties
    public static final Property about = property("about");
    public static final Property affiliation = property("affiliation");
    public static final Property announced = property("announced");
    public static final Property articleCount = property("articleCount");
    public static final Property articleEntityCount = property("articleEntityCount");
    public static final Property articleEventCount = property("articleEventCount");
    public static final Property articleMentionCount = property("articleMentionCount");
    public static final Property attackTarget = property("attackTarget");
    public static final Property attacker = property("attacker");
    public static final Property confidence = property("confidence");
    public static final Property confidenceCount = property("confidenceCount");
    public static final Property confidenceSum = property("confidenceSum");
    public static final Property content = property("content");
    public static final Property currency = property("currency");
    public static final Property date = property("date");
    public static final Property dateText = property("dateText");
    public static final Property denotes = property("denotes");
    public static final Property destination = property("destination");
    public static final Property duration = property("duration");
    public static final Property durationText = property("durationText");
    public static final Property eventArticleCount = property("eventArticleCount");
    public static final Property eventCount = property("eventCount");
    public static final Property evidence = property("evidence");
    public static final Property firstDay = property("firstDay");
    public static final Property forceOf = property("forceOf");
    public static final Property forceType = property("forceType");
    public static final Property host = property("host");
    public static final Property imposer = property("imposer");
    public static final Property inArticle = property("inArticle");
    public static final Property invitedTo = property("invitedTo");
    public static final Property invitee = property("invitee");
    public static final Property inviter = property("inviter");
    public static final Property item = property("item");
    public static final Property labelKey = property("labelKey");
    public static final Property lastDay = property("lastDay");
    public static final Property linkConfidence = property("linkConfidence");
    public static final Property location = property("location");
    public static final Property matter = property("matter");
    public static final Property mentionCount = property("mentionCount");
    public static final Property mentionType = property("mentionType");
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property monthEventCount = property("monthEventCount");
    public static final Property monthFirstDay = property("monthFirstDay");
    public static final Property monthSpan = property("monthSpan");
    public static final Property participant = property("participant");
    public static final Property party = property("party");
    public static final Property person = property("person");
    public static final Property position = property("position");
    public static final Property publishedArticle = property("publishedArticle");
    public static final Property publishedCount = property("publishedCount");
    public static final Property publishedEventArticle = property("publishedEventArticle");
    public static final Property publishedEventCount = property("publishedEventCount");
    public static final Property publishedEventKey = property("publishedEventKey");
    public static final Property publishedEventType = property("publishedEventType");
    public static final Property publishedKey = property("publishedKey");
    public static final Property quantity = property("quantity");
    public static final Property quantityBound = property("quantityBound");
    public static final Property quantityText = property("quantityText");
    public static final Property quote = property("quote");
    public static final Property rankedCumulativeEntityCount = property("rankedCumulativeEntityCount");
    public static final Property rankedEntity = property("rankedEntity");
    public static final Property rankedEntityCount = property("rankedEntityCount");
    public static final Property rankedMentionCount = property("rankedMentionCount");
    public static final Property recipient = property("recipient");
    public static final Property sanctionTarget = property("sanctionTarget");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property share = property("share");
    public static final Property size = property("size");
    public static final Property sizeBound = property("sizeBound");
    public static final Property sizeText = property("sizeText");
    public static final Property sourceFile = property("sourceFile");
    public static final Property spanEvent = property("spanEvent");
    public static final Property spanType = property("spanType");
    public static final Property speaker = property("speaker");
    public static final Property summaryVersion = property("summaryVersion");
    public static final Property supplier = property("supplier");
    public static final Property supported = property("supported");
    public static final Property supporter = property("supporter");
    public static final Property textHash = property("textHash");
    public static final Property treatyName = property("treatyName");
    public static final Property trigger = property("trigger");
    public static final Property undatedArticle = property("undatedArticle");
    public static final Property unlinkedCumulativeTypeCount = property("unlinkedCumulativeTypeCount");
    public static final Property unlinkedEntity = property("unlinkedEntity");
    public static final Property unlinkedMentionCount = property("unlinkedMentionCount");
    public static final Property unlinkedTypeCount = property("unlinkedTypeCount");
    public static final Property visitor = property("visitor");
}
