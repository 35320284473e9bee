package dev.storyline.entities;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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

    /** An entity being assembled. */
    private static final class Group {
        final List<Candidate> mentions = new ArrayList<>();
        final Set<String> forms = new HashSet<>();
        final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        final Set<String> roles = new LinkedHashSet<>();
        String canonical;
        List<String> canonicalWords;
        boolean listed;
        String linkedCountry;
        boolean government;

        void add(Candidate c) {
            mentions.add(c);
            forms.add(lower(c.surface()));
            forms.add(lower(c.form()));
            if (c.acronym() != null) {
                forms.add(lower(c.acronym()));
            }
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
        List<Group> groups = new ArrayList<>();
        for (Candidate c : candidates) {
            Group g = find(groups, c);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(c);
        }
        foldShortPersonNames(groups);
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(toEntity(g));
        }
        return out;
    }

    private static Group find(List<Group> groups, Candidate c) {
        String surface = lower(c.surface());
        String form = lower(c.form());
        for (Group g : groups) {
            if (g.forms.contains(surface) || g.forms.contains(form)) {
                return g;
            }
        }
        if (c.canonical() != null) {
            return null; // a listed place merges only by its listed names
        }
        Group found = null;
        for (Group g : groups) {
            if (g.listed) {
                continue;
            }
            boolean fits = c.type() == EntityType.PERSON && g.type() == EntityType.PERSON
                    ? isSubset(c.words(), g.canonicalWords)
                    : isPrefix(c.words(), g.canonicalWords)
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
    private static void foldShortPersonNames(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortName = groups.get(i);
            if (shortName.type() != EntityType.PERSON || shortName.canonicalWords.size() != 1) {
                continue;
            }
            Group target = null;
            int fits = 0;
            for (Group g : groups) {
                if (g != shortName && g.type() == EntityType.PERSON && g.canonicalWords.size() > 1
                        && isSubset(shortName.canonicalWords, g.canonicalWords)) {
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
                groups.remove(i);
                i--;
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

    private static boolean isPrefix(List<String> part, List<String> whole) {
        if (part.size() >= whole.size() || part.isEmpty()) {
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
