package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.Mention;

/**
 * Links with candidates from the live Wikidata as well as the offline knowledge base: for each named entity it asks
 * the {@link WikidataClient} (which caches every answer) for items bearing the entity's names, adds those the offline
 * base does not describe, and runs the same {@link Linker} over the union. When Wikidata cannot be reached it links
 * from the offline base alone and tells the notice consumer (which the command line prints once).
 *
 * <pre>{@code
 * EntityLinker linker = new OnlineLinker(kb, WikidataClient.builder().cacheDir(dir).build(), System.err::println);
 * }</pre>
 */
public final class OnlineLinker implements EntityLinker {
    private final KnowledgeBase kb;
    private final Linker offline;
    private final WikidataClient client;
    private final KbItems items;
    private final Consumer<String> notice;

    public OnlineLinker(KnowledgeBase kb, WikidataClient client, Consumer<String> notice) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.client = Objects.requireNonNull(client, "client");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.offline = new Linker(kb);
        this.items = KbItems.standard();
    }

    @Override
    public LinkedArticle link(ResolvedArticle article) {
        List<WikidataItem> fetched = new ArrayList<>();
        try {
            for (String name : names(article)) fetched.addAll(client.find(name, Set.of()));
        } catch (WikidataUnreachableException e) {
            notice.accept(e.fallbackNotice());
            return offline.link(article);
        }
        if (fetched.isEmpty()) return offline.link(article);
        KbItems.Result r = items.convert(fetched, "Wikidata Query Service " + client.endpoint());
        KnowledgeBase merged = kb.withItems(r.model());
        return merged == kb ? offline.link(article) : new Linker(merged).link(article);
    }

    /** The names an article's people, organisations and places go by (nationalities link through demonyms). */
    static Set<String> names(ResolvedArticle article) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : article.entities()) {
            if (e.type().equals("NORP")) continue;
            names.add(e.name());
            for (Mention m : e.mentions()) if (m.isName()) names.add(m.text());
        }
        names.removeIf(String::isBlank);
        return names;
    }
}
