package dev.storyline.eval.duplicates;

import dev.storyline.eval.reuters.ReutersStory;
import dev.storyline.relate.Fingerprints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Exact duplicates on Reuters-21578: the gold groups are the stories whose raw bodies are equal once whitespace is
 * collapsed and the final {@code Reuter}/{@code REUTER} is set aside (computed here from the SGML text, apart from
 * the product); Storyline's groups are those sharing the exact fingerprint of the article it builds (paragraphs
 * split and joined again, the sign-off moved to the end marker).
 */
public final class ExactDuplicateEval {

    private static final Pattern SIGN_OFF = Pattern.compile("(?i)\\s*\\breuters?\\s*$");

    /**
     * The figures.
     *
     * @param stories          stories with a body
     * @param goldGroups       gold groups (two or more identical bodies, sign-off in any case set aside)
     * @param goldStories      stories in gold groups
     * @param caseKeptGroups   gold groups when the sign-off's case must match too
     * @param foundGroups      gold groups Storyline reproduces exactly
     * @param falseMerges      Storyline groups mixing stories of different gold groups
     * @param storylineGroups  Storyline groups of two or more
     */
    public record Result(int stories, int goldGroups, int goldStories, int caseKeptGroups, int foundGroups,
            int falseMerges, int storylineGroups) {
    }

    private ExactDuplicateEval() {
    }

    public static Result run(List<ReutersStory> corpus) {
        List<ReutersStory> stories = corpus.stream().filter(ReutersStory::hasBody).toList();
        Map<String, List<Integer>> gold = groups(stories, s -> SIGN_OFF.matcher(collapse(s.body())).replaceFirst(""));
        Map<String, List<Integer>> caseKept = groups(stories, s -> collapse(s.body())
                .replaceFirst("\\s*\\bReuter\\s*$", " <Reuter>").replaceFirst("\\s*\\bREUTER\\s*$", " <REUTER>"));
        Map<String, List<Integer>> ours = groups(stories, s -> Fingerprints.of(s.toArticle()).get(0));
        Map<Integer, String> goldOf = new HashMap<>();
        gold.forEach((k, ids) -> ids.forEach(id -> goldOf.put(id, k)));
        Set<Set<Integer>> goldSets = asSets(gold.values());
        int found = 0;
        int falseMerges = 0;
        for (Set<Integer> g : asSets(ours.values())) {
            if (goldSets.contains(g)) {
                found++;
            }
            Set<String> goldKeys = new HashSet<>();
            g.forEach(id -> goldKeys.add(goldOf.getOrDefault(id, "single-" + id)));
            if (goldKeys.size() > 1) {
                falseMerges++;
            }
        }
        int goldStories = gold.values().stream().mapToInt(List::size).sum();
        return new Result(stories.size(), gold.size(), goldStories, caseKept.size(), found, falseMerges, ours.size());
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Groups of two or more stories with the same key. */
    private static Map<String, List<Integer>> groups(List<ReutersStory> stories, Function<ReutersStory, String> key) {
        Map<String, List<Integer>> all = new HashMap<>();
        for (ReutersStory s : stories) {
            all.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s.newId());
        }
        all.values().removeIf(l -> l.size() < 2);
        return all;
    }

    private static Set<Set<Integer>> asSets(Collection<List<Integer>> groups) {
        Set<Set<Integer>> out = new HashSet<>();
        groups.forEach(g -> out.add(new HashSet<>(g)));
        return out;
    }
}
