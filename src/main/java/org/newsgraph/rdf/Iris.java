package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** The IRIs newsgraph mints. Each depends only on what it names, so re-ingesting an article gives the same IRIs. */
public final class Iris {
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Iris() {
    }

    public static String article(String articleId) {
        return NG.BASE + "article/" + articleId;
    }

    /** A linked entity: one IRI across all articles. */
    public static String linkedEntity(String qid) {
        return NG.BASE + "entity/wd/" + qid;
    }

    /** An unlinked entity: from its type and normalised name, so articles naming it alike share it. */
    public static String unlinkedEntity(String type, String name) {
        String slug = slug(name);
        if (slug.isEmpty()) slug = sha256(name).substring(0, 16);
        return NG.BASE + "entity/" + type.toLowerCase(Locale.ROOT) + "/" + slug;
    }

    public static String mention(String articleId, int start, int end) {
        return NG.BASE + "mention/" + articleId + "/" + start + "-" + end;
    }

    public static String evidence(String articleId, int sentence) {
        return NG.BASE + "evidence/" + articleId + "/" + sentence;
    }

    /** @param key everything that identifies the event: article, sentence, type and arguments */
    public static String event(String key) {
        return NG.BASE + "event/" + sha256(key).substring(0, 24);
    }

    public static String wikidata(String qid) {
        return WIKIDATA + qid;
    }

    /** Lower-case ASCII words joined by hyphens: "Kyrylo Budanov" -> "kyrylo-budanov". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replaceAll("'s\\b", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("^the\\s+", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
