package dev.storyline.cli;

import dev.storyline.index.StoredArticle;
import dev.storyline.relate.ParagraphChanges;
import dev.storyline.relate.VersionChain;

/** Prints a story's version chain for {@code storyline show ID --versions}: each version and what it changed. */
final class ShowVersions {

    private ShowVersions() {
    }

    static void print(VersionChain chain) {
        System.out.println(chain.versions().size() + " version(s); head " + chain.head().id());
        for (int i = 0; i < chain.versions().size(); i++) {
            StoredArticle v = chain.versions().get(i);
            String tags = v.article().tags().isEmpty() ? "" : " (" + String.join(", ", v.article().tags()) + ")";
            System.out.println("v" + v.article().version() + tags + "  " + v.id() + "  "
                    + (v.article().headline() == null ? "(no headline)" : v.article().headline())
                    + (v == chain.head() ? "  [head]" : ""));
            if (i > 0) {
                ParagraphChanges c = chain.changes().get(i - 1);
                if (c.isEmpty()) {
                    System.out.println("    no paragraph changed");
                }
                c.removed().forEach(p -> System.out.println("    - " + p));
                c.added().forEach(p -> System.out.println("    + " + p));
            }
        }
    }
}
