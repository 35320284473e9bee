package dev.storyline.enrich.entities;

import dev.storyline.model.EntityType;
import dev.storyline.model.Span;
import dev.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the tagger's names into {@link Candidate}s: keeps titles apart from person names
 * ({@code Defense Minister Gen. Wei Fenghe} -> title {@code Defense Minister Gen.}, name {@code Wei Fenghe}),
 * canonicalises listed countries ({@code S. Korea} -> South Korea) and demonyms ({@code Japanese} -> Japan),
 * marks capitals used for their governments ({@code Seoul and Tokyo}, {@code Seoul-Beijing}), types regions as
 * places and names ending in an organisation word ({@code Shangri-La Dialogue}) as organisations, and reads the
 * acronym printed in brackets after a name ({@code Terminal High Altitude Area Defense (THAAD)}).
 */
final class NameClassifier {

    /** Words after which a capital is the city, not its government ("in Seoul"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "from", "to", "into",
            "across", "around", "inside", "via", "toward", "towards", "through", "visit", "visited", "visiting");

    /** Nouns after a name that make it a product or weapon ("Patriot missile", "THAAD battery"). */
    private static final Set<String> THING_NOUNS = Set.of("system", "systems", "battery", "batteries", "missile",
            "missiles", "rocket", "rockets", "jet", "jets", "fighter", "fighters", "aircraft", "drone", "drones",
            "warship", "submarine", "tank", "tanks", "vaccine", "drug", "phone", "phones", "smartphone", "software",
            "app", "engine", "launcher", "launchers", "satellite", "car", "cars", "truck", "helicopter", "helicopters");

    /** Small words inside a title. */
    private static final Set<String> TITLE_JOINERS = Set.of("of", "for", "on");

    /** Words the tagger sometimes takes for names on their own: months and weekdays, often abbreviated. */
    private static final Set<String> NOT_NAMES = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "wed", "thu", "fri", "qtr", "shr", "net", "revs", "avg", "shrs");

    private final Gazetteer gazetteer;

    NameClassifier(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The candidates of an article, in text order. */
    List<Candidate> classify(EntityRecognizer.Result found) {
        List<Candidate> out = new ArrayList<>();
        Set<Token> compounds = new HashSet<>();
        for (EntityRecognizer.TextUnit unit : found.units()) {
            for (int i = 0; i < unit.tokens().size(); i++) {
                compoundParts(unit, i, out, compounds);
            }
        }
        Set<Token> acronyms = new HashSet<>();
        for (RecognisedName name : found.names()) {
            Token first = name.tokens().get(name.from());
            if (name.to() - name.from() == 1 && (compounds.contains(first) || acronyms.contains(first))) {
                continue; // "Seoul-Beijing" is read as its two places; a bracketed acronym is added below
            }
            RecognisedName grown = extendToAcronym(name);
            Candidate c = candidate(grown);
            if (c == null) {
                continue;
            }
            out.add(c);
            if (c.acronym() != null) {
                // the acronym in brackets is a mention of the same entity
                Token a = grown.tokens().get(grown.to() + 1);
                if (acronyms.add(a)) {
                    out.add(new Candidate(new dev.storyline.model.Span(name.paragraph(), a.start(), a.end(), a.text()),
                            List.of(a.text()), c.type(), c.canonical(), c.linkedCountry(), c.government(), null, null));
                }
            }
        }
        out.sort((a, b) -> a.span().paragraph() != b.span().paragraph()
                ? Integer.compare(a.span().paragraph(), b.span().paragraph())
                : Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** "Seoul-Beijing", "S.Korea-Japan": a hyphenated token whose parts are all listed places. */
    private void compoundParts(EntityRecognizer.TextUnit unit, int i, List<Candidate> out, Set<Token> compounds) {
        Token t = unit.tokens().get(i);
        String w = t.text();
        if (w.indexOf('-') <= 0 || !Character.isUpperCase(w.charAt(0))) {
            return;
        }
        String[] parts = w.split("-");
        if (parts.length < 2) {
            return;
        }
        for (String p : parts) {
            if (p.isEmpty() || gazetteer.countryNamed(p) == null && gazetteer.countryOfCapital(p) == null) {
                return;
            }
        }
        compounds.add(t);
        int offset = t.start();
        for (String p : parts) {
            Span span = new Span(unit.paragraph(), offset, offset + p.length(), p);
            String country = gazetteer.countryNamed(p);
            if (country != null) {
                out.add(new Candidate(span, List.of(p), EntityType.PLACE, country, null, false, null, null));
            } else {
                out.add(new Candidate(span, List.of(p), EntityType.PLACE, properCase(p), gazetteer.countryOfCapital(p),
                        true, null, null));
            }
            offset += p.length() + 1;
        }
    }

    private Candidate candidate(RecognisedName raw) {
        RecognisedName name = raw;
        List<Token> tokens = name.tokens();
        int titleStart = -1;
        if (name.type().equals("PER")) {
            int from = name.from();
            while (from < name.to() - 1 && gazetteer.isTitleWord(tokens.get(from).text())) {
                from++;
            }
            titleStart = from;
            while (titleStart > 0) {
                if (isTitleToken(tokens.get(titleStart - 1).text())) {
                    titleStart--;
                } else if (titleStart > 1 && titleStart < from
                        && TITLE_JOINERS.contains(tokens.get(titleStart - 1).text())
                        && isTitleToken(tokens.get(titleStart - 2).text())) {
                    titleStart -= 2; // "Secretary of State", "Minister for Trade"
                } else {
                    break;
                }
            }
            name = name.withBounds(from, name.to(), name.type());
        }
        String title = titleStart >= 0 && titleStart < name.from()
                ? name.text().substring(tokens.get(titleStart).start(), tokens.get(name.from() - 1).end())
                : null;
        Span span = name.span();
        String surface = span.text();
        if (name.to() - name.from() == 1 && NOT_NAMES.contains(surface.toLowerCase(Locale.ROOT))) {
            return null; // "Feb", "Mar" in a wire table are dates, not names
        }
        List<String> words = new ArrayList<>();
        for (int i = name.from(); i < name.to(); i++) {
            words.add(tokens.get(i).text());
        }
        String acronym = acronymAfter(name, words);
        boolean person = name.type().equals("PER"); // "Jordan" the player is not the country
        String country = person ? null : gazetteer.countryNamed(surface);
        if (country != null) {
            return new Candidate(span, words, EntityType.PLACE, country, null, false, title, acronym);
        }
        String demonymOf = person ? null : gazetteer.countryOfDemonym(surface);
        if (demonymOf != null) {
            return new Candidate(span, words, EntityType.PLACE, demonymOf, null, false, title, acronym);
        }
        String capitalOf = gazetteer.countryOfCapital(surface);
        if (capitalOf != null && !person) {
            return new Candidate(span, words, EntityType.PLACE, properCase(surface), capitalOf,
                    usedForGovernment(name), title, acronym);
        }
        if (gazetteer.isRegion(surface)) {
            return new Candidate(span, words, EntityType.PLACE, null, null, false, title, acronym);
        }
        EntityType type = ConllTypes.typeOf(name.type());
        if (type != EntityType.PERSON && namesAThing(name, acronym != null)) {
            type = EntityType.OTHER;
        }
        if ((type == EntityType.OTHER || type == EntityType.PLACE) && words.size() > 1
                && gazetteer.isOrganisationWord(words.get(words.size() - 1))) {
            type = EntityType.ORGANIZATION;
        }
        return new Candidate(span, words, type, null, null, false, title, acronym);
    }

    /** "the Terminal High Altitude Area Defense (THAAD) battery": a name used for a product or weapon. */
    private static boolean namesAThing(RecognisedName name, boolean bracketedAcronym) {
        int next = name.to() + (bracketedAcronym ? 3 : 0);
        return next < name.tokens().size()
                && THING_NOUNS.contains(name.tokens().get(next).text().toLowerCase(Locale.ROOT));
    }

    /** A word of a title before a name: listed ({@code Minister}, {@code Gen.}) and capitalised. */
    private boolean isTitleToken(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && gazetteer.isTitleWord(w);
    }

    /** Whether a capital stands for its government: not after "in", "at", "to"... */
    private static boolean usedForGovernment(RecognisedName name) {
        if (name.from() == 0) {
            return true;
        }
        String before = name.tokens().get(name.from() - 1).text().toLowerCase(Locale.ROOT);
        return !LOCATIVE.contains(before);
    }

    /** {@code SEOUL} -> {@code Seoul}; other spellings unchanged. */
    static String properCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || s.length() < 2) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /**
     * "Terminal High Altitude Area" tagged, "Defense (THAAD)" after it: the name grown over the capitalised words
     * up to a bracketed acronym that fits the grown name.
     */
    private static RecognisedName extendToAcronym(RecognisedName name) {
        List<Token> t = name.tokens();
        for (int to = name.to(); to <= name.to() + 3 && to + 2 < t.size(); to++) {
            if (t.get(to).text().equals("(") && t.get(to + 2).text().equals(")")) {
                List<String> words = new ArrayList<>();
                for (int i = name.from(); i < to; i++) {
                    words.add(t.get(i).text());
                }
                return Acronyms.fits(t.get(to + 1).text(), words) ? name.withBounds(name.from(), to, name.type()) : name;
            }
            String w = t.get(to).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return name;
            }
        }
        return name;
    }

    /** "... Area Defense ( THAAD )": the bracketed all-capital word after a name, if its letters fit the name. */
    private static String acronymAfter(RecognisedName name, List<String> words) {
        List<Token> t = name.tokens();
        int i = name.to();
        if (words.size() < 2 || i + 2 >= t.size() || !t.get(i).text().equals("(") || !t.get(i + 2).text().equals(")")) {
            return null;
        }
        String a = t.get(i + 1).text();
        return Acronyms.fits(a, words) ? a : null;
    }
}
