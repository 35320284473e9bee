package dev.storyline.index;

import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Provenance;
import dev.storyline.model.Source;
import java.util.List;
import java.util.Map;

/**
 * Articles written for the contract tests (the project's own text, not copied from any corpus). The builder keeps
 * each test to the fields it is about.
 */
public final class ArticleFixtures {

    private ArticleFixtures() {
    }

    public static Builder article(String id) {
        return new Builder(id);
    }

    /** Six short stories across two agencies, four places, two years and three topics. */
    public static List<Article> newsDesk() {
        return List.of(
                article("wheat-1").headline("Wheat prices climb on dry weather").place("CHICAGO").agency("Reuters")
                        .date("1987-03-02").topics("grain", "wheat").byline("Anna Smith")
                        .body("Wheat futures rose sharply as dry weather threatened the winter crop.",
                                "Traders said export demand for soft red wheat also supported prices.").build(),
                article("corn-1").headline("Corn exports slow").place("CHICAGO").agency("Reuters")
                        .date("1987-03-05").topics("grain", "corn")
                        .body("Corn exports slowed for a third week, the agriculture department said.",
                                "Shipments to Asian buyers fell while wheat shipments held steady.").build(),
                article("rates-1").headline("Central bank holds interest rates").place("NEW YORK").agency("Reuters")
                        .date("1987-04-10").topics("interest")
                        .body("The central bank held interest rates steady on Friday.",
                                "Economists had expected no change in the discount rate.").build(),
                article("talks-1").headline("South Korea pushing to hold defense talks").place("SEOUL")
                        .agency("Yonhap").date("2019-05-21").tags("LEAD").byline("Kim Soo-yeon")
                        .body("South Korea is pushing to hold defense talks with Japan next month, officials said.",
                                "The talks would be the first in two years.").build(),
                article("ships-1").headline("Shipyard wins tanker order").place("BUSAN").agency("Yonhap")
                        .date("2019-06-03")
                        .body("A shipyard in Busan won an order for four tankers from a European owner.",
                                "The deal is worth about 400 million dollars.").build(),
                article("rates-2").headline("Bond yields fall after rate decision").place("NEW YORK")
                        .agency("Reuters").date("1987-04-11").topics("interest")
                        .body("Bond yields fell after the central bank left interest rates unchanged.",
                                "Dealers said the decision removed uncertainty from the market.").build());
    }

    /** Builds one {@link Article}; everything not set is absent. */
    public static final class Builder {
        private final String id;
        private String headline;
        private List<String> tags = List.of();
        private int version = 1;
        private List<String> byline = List.of();
        private String place;
        private String agency;
        private String date;
        private List<String> paragraphs = List.of();
        private List<String> topics = List.of();
        private String format = "wire";

        Builder(String id) {
            this.id = id;
        }

        public Builder headline(String v) { headline = v; return this; }
        public Builder tags(String... v) { tags = List.of(v); return this; }
        public Builder version(int v) { version = v; return this; }
        public Builder byline(String... v) { byline = List.of(v); return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder agency(String v) { agency = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder body(String... v) { paragraphs = List.of(v); return this; }
        public Builder topics(String... v) { topics = List.of(v); return this; }
        public Builder format(String v) { format = v; return this; }

        public Article build() {
            Dateline dateline = place == null && agency == null && date == null ? null
                    : new Dateline(place, date == null ? null : PartialDate.parse(date), agency,
                            (place == null ? "" : place) + (agency == null ? "" : " (" + agency + ")") + " --",
                            date == null ? null : new Provenance("dateline", date));
            Map<String, List<String>> labels = topics.isEmpty() ? Map.of() : Map.of("topics", topics);
            return new Article(id, headline, tags, version, null, byline, dateline, paragraphs, List.of(), List.of(),
                    null, List.of(), "en", null, null, labels, new Source("fixtures/" + id + ".txt", format, null),
                    List.of());
        }
    }
}
