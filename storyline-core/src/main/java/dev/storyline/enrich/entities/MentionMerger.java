package dev.storyline.enrich.entities;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of one article into entities under one canonical name each:
 * <ul>
 *   <li>the same name, whatever the case ({@code Shangri-La dialogue}, {@code Shangri-La Dialogue});</li>
 *   <li>names the gazetteer canonicalises alike ({@code S. Korea}, {@code South Korea}, {@code South Korean});</li>
 *   <li>a person's shorter name and the full one ({@code Jeong} -> {@code Jeong Kyeong-doo}), when only one
 *       person of the article fits;</li>
 *   <li>an acronym and its long form, printed together in brackets or matching its initials
 *       ({@code THAAD} <-> {@code Terminal High Altitude Area Defense});</li>
 *   <li>the first words of a longer name of the same thing ({@code Shangri-La} -> {@code Shangri-La Dialogue}).</li>
 * </ul>
 * The canonical name is the gazetteer's when it has one, else the longest form printed. The type is the
 * gazetteer's for listed places, else the majority of the mentions' types. Capitals used for their governments
 * get {@code linkedTo} their country.
 */
final class MentionMerger {

    /** Endings of adjectives of places and creeds: Islamic, Palestinian, Balinese, Kurdish, Iraqi. */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING =
            java.util.regex.Pattern.compile("(?i)(ic|ian|ean|ese|ish|i)$");

    /** An entity being assembled. */
    private static final class Group {
        final List<Candidate> mentions = new ArrayList<>();
        final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        final Set<String> roles = new LinkedHashSet<>();
        String canonical;
        List<String> canonicalWords;
        boolean listed;
        String linkedCountry;
        boolean government;

        void add(Candidate c) {
            mentions.add(c);
            votes.merge(c.type(), c.words().size() + (c.canonical() != null ? 10 : 0), Integer::sum);
            if (c.title() != null) {
                roles.add(c.title());
            }
            if (c.canonical() != null && c.linkedCountry() == null) {
                listed = true;
                canonical = c.canonical();
                canonicalWords = Arrays.asList(c.canonical().split(" "));
            } else if (!listed && betterName(c)) {
                canonical = c.canonical() != null ? c.canonical() : c.surface();
                canonicalWords = c.words();
            }
            if (c.linkedCountry() != null) {
                linkedCountry = c.linkedCountry();
                government |= c.government();
            }
        }

        private boolean betterName(Candidate c) {
            if (canonical == null) {
                return true;
            }
            int n = c.words().size();
            if (n != canonicalWords.size()) {
                return n > canonicalWords.size();
            }
            return capitals(c.words()) > capitals(canonicalWords);
        }

        EntityType type() {
            if (listed || linkedCountry != null) {
                return EntityType.PLACE;
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(EntityType.OTHER);
        }
    }

    /** The entities of an article, in order of first mention. */
    List<Entity> merge(List<Candidate> candidates) {
        Index index = new Index();
        for (Candidate c : candidates) {
            Group g = find(index, c);
            if (g == null) {
                g = new Group();
                index.groups.add(g);
            }
            g.add(c);
            index.add(g, c);
        }
        foldShortPersonNames(index);
        List<Entity> out = new ArrayList<>();
        for (Group g : index.groups) {
            if (!g.mentions.isEmpty()) {
                out.add(toEntity(g));
            }
        }
        return out;
    }

    /**
     * The groups so far, looked up by form, by word and by initials, so that merging stays linear in the number of
     * mentions even for a 1 MB paragraph of names. Entries may be stale; every hit is checked again.
     */
    private static final class Index {
        final List<Group> groups = new ArrayList<>();
        final Map<String, Group> byForm = new HashMap<>();
        final Map<String, List<Group>> byWord = new HashMap<>();
        final Map<String, List<Group>> byInitials = new HashMap<>();

        void add(Group g, Candidate c) {
            byForm.putIfAbsent(lower(c.surface()), g);
            byForm.putIfAbsent(lower(c.form()), g);
            if (c.acronym() != null) {
                byForm.putIfAbsent(lower(c.acronym()), g);
            }
            for (String w : c.words()) {
                List<Group> list = byWord.computeIfAbsent(lower(w), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != g) {
                    list.add(g);
                }
            }
            if (c.words().size() > 2) {
                byInitials.computeIfAbsent(Acronyms.initials(c.words()), k -> new ArrayList<>()).add(g);
            }
        }

        List<Group> sharingWord(String w) {
            return byWord.getOrDefault(lower(w), List.of());
        }
    }

    private static Group find(Index index, Candidate c) {
        Group exact = index.byForm.get(lower(c.surface()));
        if (exact == null) {
            exact = index.byForm.get(lower(c.form()));
        }
        if (exact != null || c.canonical() != null) {
            return exact; // a listed place merges only by its listed names
        }
        List<Group> near = new ArrayList<>(index.sharingWord(c.words().get(0)));
        if (c.words().size() == 1 && c.words().get(0).length() >= 3) {
            near.addAll(index.byInitials.getOrDefault(c.words().get(0).replace(".", ""), List.of()));
        }
        Group found = null;
        for (Group g : near) {
            if (g.listed || g == found) {
                continue;
            }
            boolean fits = c.type() == EntityType.PERSON && g.type() == EntityType.PERSON
                    ? isSubset(c.words(), g.canonicalWords)
                    : isPrefix(c.words(), g.canonicalWords)
                    || g.type() == c.type() && isPrefix(g.canonicalWords, c.words())
                    || c.words().size() == 1 && Acronyms.fits(c.words().get(0), g.canonicalWords)
                            && c.words().get(0).length() >= 3;
            if (fits) {
                if (found != null && c.type() == EntityType.PERSON) {
                    return null; // two people fit "Kim": leave it alone
                }
                found = g;
            }
        }
        return found;
    }

    /** "Jeong" mentioned before "Jeong Kyeong-doo": fold the short one into the only full name that fits. */
    private static void foldShortPersonNames(Index index) {
        for (Group shortName : index.groups) {
            if (shortName.mentions.isEmpty() || shortName.type() != EntityType.PERSON
                    || shortName.canonicalWords.size() != 1) {
                continue;
            }
            Group target = null;
            int fits = 0;
            for (Group g : index.sharingWord(shortName.canonicalWords.get(0))) {
                if (g != shortName && !g.mentions.isEmpty() && g.type() == EntityType.PERSON
                        && g.canonicalWords.size() > 1 && isSubset(shortName.canonicalWords, g.canonicalWords)) {
                    target = g;
                    fits++;
                }
            }
            if (fits == 1) {
                for (Candidate c : shortName.mentions) {
                    target.add(c);
                }
                target.mentions.sort((a, b) -> a.span().paragraph() != b.span().paragraph()
                        ? Integer.compare(a.span().paragraph(), b.span().paragraph())
                        : Integer.compare(a.span().start(), b.span().start()));
                shortName.mentions.clear(); // emptied groups are dropped by merge
            }
        }
    }

    private static Entity toEntity(Group g) {
        EntityType type = g.type();
        String name = g.listed ? g.canonical : NameClassifier.properCase(g.canonical);
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : g.mentions) {
            if (!c.surface().equals(name)) {
                aliases.add(c.surface());
            }
            if (c.acronym() != null) {
                aliases.add(c.acronym());
            }
            mentions.add(new Mention(c.span(), c.title()));
        }
        String linkedTo = g.linkedCountry != null && g.government
                ? EntityKeys.key(EntityType.PLACE, g.linkedCountry)
                : null;
        return new Entity(EntityKeys.key(type, name), name, type, List.copyOf(aliases), List.copyOf(g.roles),
                linkedTo, mentions);
    }

    private static boolean isSubset(List<String> part, List<String> whole) {
        if (part.size() >= whole.size()) {
            return false;
        }
        Set<String> w = new HashSet<>();
        for (String s : whole) {
            w.add(lower(s));
        }
        for (String s : part) {
            if (!w.contains(lower(s))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Shangri-La" before "Shangri-La Dialogue", "Ohio Mattress" before "Ohio Mattress Co"; but not an adjective
     * such as "Islamic" before "Islamic Jihad", which modifies other names too ("Islamic Hamas").
     */
    private static boolean isPrefix(List<String> part, List<String> whole) {
        if (part.size() >= whole.size() || part.isEmpty()
                || part.size() == 1 && ADJECTIVE_ENDING.matcher(part.get(0)).find()) {
            return false;
        }
        for (int i = 0; i < part.size(); i++) {
            if (!part.get(i).equalsIgnoreCase(whole.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int capitals(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
