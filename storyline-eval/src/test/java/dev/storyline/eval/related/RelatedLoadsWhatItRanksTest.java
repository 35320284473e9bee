package dev.storyline.eval.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.index.ArticleIndex;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Source;
import dev.storyline.relate.RelatedArticles;
import dev.storyline.relate.RelatedList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Related ranking gathers candidates as ids and loads only those it re-ranks: a rail of 5 parses about 20 stored
 * articles, not the hundred candidates of both sources; a longer list looks deeper.
 */
class RelatedLoadsWhatItRanksTest {

    @TempDir
    Path dir;

    private LuceneArticleIndex lucene;
    private final List<String> calls = new ArrayList<>();
    private final List<Integer> loaded = new ArrayList<>();
    private final List<Integer> asked = new ArrayList<>();
    private ArticleIndex counting;

    @BeforeEach
    void index() {
        lucene = LuceneArticleIndex.open(dir);
        String[] ports = {"Busan", "Incheon", "Ulsan", "Mokpo", "Pohang", "Gunsan", "Yeosu", "Donghae"};
        String[] goods = {"steel", "cars", "chips", "ships", "wheat", "coal", "oil", "rice", "fish", "copper"};
        String[] sentences = {
            "Shipping lines added routes to China and Japan.", "Container volumes rose for a third month.",
            "The harbour authority expects more cranes next year.", "Dock workers agreed a new wage deal.",
            "Freight rates fell as fuel prices eased.", "A new terminal opened on the east pier.",
            "Customs officials reported faster clearance times.", "Exporters cited strong demand from Vietnam.",
            "The won's weakness helped exporters this quarter.", "Rail links to the port were upgraded.",
            "Storms closed the port for two days in July.", "Importers of grain paid higher insurance fees.",
            "The city plans to dredge the northern channel.", "Trade ministry data showed exports up overall.",
            "Port fees will rise next spring, officials said.", "Tanker traffic slowed after a collision drill."};
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 80; i++) {
            String port = ports[i % ports.length];
            String good = goods[random.nextInt(goods.length)];
            StringBuilder body = new StringBuilder("Exports of " + good + " through the port of " + port + " rose "
                    + (i + 3) + " percent in the quarter, the harbour authority said.");
            for (int k = 0; k < 4; k++) {
                body.append(' ').append(sentences[random.nextInt(sentences.length)]);
            }
            lucene.put(article("port-" + i, port + " " + good + " exports up " + (i + 3) + " percent",
                    body.toString()));
        }
        lucene.commit();
        counting = (ArticleIndex) Proxy.newProxyInstance(ArticleIndex.class.getClassLoader(),
                new Class<?>[] {ArticleIndex.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("getAll")) {
                        loaded.add(((Collection<?>) args[0]).size());
                    }
                    if (method.getName().equals("similarIds") || method.getName().equals("nearestIds")) {
                        asked.add((Integer) args[1]);
                    }
                    try {
                        return method.invoke(lucene, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @ParameterizedTest(name = "a list of {0} loads at most {1}")
    @CsvSource({"5, 20", "10, 40", "30, 50"})
    void aListLoadsOnlyTheCandidatesItReRanks(int limit, int mostLoaded) {
        RelatedList list = new RelatedArticles(counting, null, RelatedArticles.Options.defaults())
                .related("port-0", limit).orElseThrow();

        assertThat(list.items()).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
        assertThat(asked).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(mostLoaded));
        assertThat(loaded).hasSize(1);
        assertThat(loaded.get(0)).isLessThanOrEqualTo(mostLoaded);
        assertThat(calls).as("candidates are not loaded through the loading neighbour searches")
                .doesNotContain("similarTo", "nearest");
    }

    @Test
    void aLongerListLooksDeeper() {
        RelatedArticles related = new RelatedArticles(counting, null, RelatedArticles.Options.defaults());
        related.related("port-0", 5);
        related.related("port-0", 30);
        assertThat(loaded).hasSize(2);
        assertThat(loaded.get(1)).isGreaterThan(loaded.get(0));
    }

    @Test
    void theShortListIsTheHeadOfTheLongOne() {
        RelatedArticles related = new RelatedArticles(counting, null, RelatedArticles.Options.defaults());
        List<String> five = related.related("port-0", 5).orElseThrow().items().stream().map(i -> i.id()).toList();
        List<String> thirty = related.related("port-0", 30).orElseThrow().items().stream().map(i -> i.id()).toList();
        assertThat(thirty.subList(0, Math.min(3, thirty.size()))).containsAnyElementsOf(five.subList(0, 1));
    }

    private static Article article(String id, String headline, String body) {
        return new Article(id, headline, List.of(), 1, null, List.of(), null, List.of(body), List.of(), List.of(),
                null, List.of(), "en", null, null, Map.of(), new Source("test", "wire", id), List.of());
    }
}
