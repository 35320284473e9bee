package dev.storyline.eval.duplicates;

import dev.storyline.eval.reuters.ReutersStory;
import dev.storyline.model.Article;
import dev.storyline.relate.Fingerprints;
import dev.storyline.relate.NearDuplicates;
import dev.storyline.relate.NormalisedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Near duplicates on a labelled set generated from Reuters-21578 with a seeded {@link Random}: positives are a story
 * and a copy with one to three realistic edits ({@link StoryEdits}); hard negatives are two different stories with
 * the same first TOPICS label and the same dateline place. The corpus refiles many stories with light rewording
 * (a corrected version under the same headline), so "different" is decided independently of the bodies: the two
 * headlines share less than half their words (Dice). A pair is predicted a duplicate when the two articles
 * share a fingerprint key (the LSH candidate step) and {@link NearDuplicates} accepts them (the check).
 */
public final class NearDuplicateEval {

    /** Seed of the labelled set: change it and the set changes. */
    public static final long SEED = 4;

    /**
     * The figures.
     *
     * @param positives      edited pairs
     * @param negatives      hard negative pairs
     * @param truePositives  edited pairs found
     * @param falsePositives negative pairs taken for duplicates
     * @param missedByLsh    edited pairs that shared no band key
     */
    public record Result(int positives, int negatives, int truePositives, int falsePositives, int missedByLsh) {

        public double precision() {
            int p = truePositives + falsePositives;
            return p == 0 ? 1 : (double) truePositives / p;
        }

        public double recall() {
            return positives == 0 ? 0 : (double) truePositives / positives;
        }
    }

    private NearDuplicateEval() {
    }

    /** Runs on up to {@code pairs} positives and as many hard negatives. */
    public static Result run(List<ReutersStory> corpus, int pairs) {
        List<Article> eligible = new ArrayList<>();
        Map<String, List<Article>> byTopicAndPlace = new HashMap<>();
        for (ReutersStory s : corpus) {
            if (!s.hasBody() || s.topics().isEmpty()) {
                continue;
            }
            Article a = s.toArticle();
            if (a.paragraphs().size() >= 4 && a.body().split(" ").length >= 100) {
                eligible.add(a);
            }
            if (s.place() != null) {
                byTopicAndPlace.computeIfAbsent(s.topics().get(0) + "|" + s.place(), k -> new ArrayList<>()).add(a);
            }
        }
        Random random = new Random(SEED);
        int tp = 0;
        int lshMiss = 0;
        int positives = 0;
        List<StoryEdits.Edit> kinds = List.of(StoryEdits.Edit.values());
        for (int i = 0; i < pairs && !eligible.isEmpty(); i++) {
            Article original = eligible.get(random.nextInt(eligible.size()));
            Article donor = eligible.get(random.nextInt(eligible.size()));
            Set<StoryEdits.Edit> edits = EnumSet.noneOf(StoryEdits.Edit.class);
            int n = 1 + random.nextInt(3);
            while (edits.size() < n) {
                edits.add(kinds.get(random.nextInt(kinds.size())));
            }
            Article edited = original;
            for (StoryEdits.Edit e : edits) {
                edited = StoryEdits.apply(edited, e, donor, random);
            }
            positives++;
            if (!shareKey(original, edited)) {
                lshMiss++;
            } else if (NearDuplicates.match(original, edited).isPresent()) {
                tp++;
            }
        }
        int negatives = 0;
        int fp = 0;
        List<List<Article>> groups = byTopicAndPlace.values().stream().filter(g -> g.size() >= 2).toList();
        Set<String> seen = new HashSet<>();
        for (int tries = 0; negatives < pairs && tries < pairs * 20 && !groups.isEmpty(); tries++) {
            List<Article> g = groups.get(random.nextInt(groups.size()));
            Article a = g.get(random.nextInt(g.size()));
            Article b = g.get(random.nextInt(g.size()));
            String pair = a.id().compareTo(b.id()) < 0 ? a.id() + b.id() : b.id() + a.id();
            if (a == b || !seen.add(pair) || headlineDice(a, b) >= 0.5) {
                continue; // the same story filed twice is a true duplicate, not a negative
            }
            negatives++;
            if (shareKey(a, b) && NearDuplicates.match(a, b).isPresent()) {
                fp++;
            }
        }
        return new Result(positives, negatives, tp, fp, lshMiss);
    }

    private static double headlineDice(Article a, Article b) {
        Set<String> x = new HashSet<>(NormalisedText.words(a.headline()));
        Set<String> y = new HashSet<>(NormalisedText.words(b.headline()));
        if (x.isEmpty() || y.isEmpty()) {
            return 1; // cannot tell them apart: not a usable negative
        }
        long shared = x.stream().filter(y::contains).count();
        return 2.0 * shared / (x.size() + y.size());
    }

    private static boolean shareKey(Article a, Article b) {
        Set<String> keys = new HashSet<>(Fingerprints.of(a));
        return Fingerprints.of(b).stream().anyMatch(keys::contains);
    }
}
