package dev.storyline.eval.times;

import dev.storyline.model.TimeExpression;
import dev.storyline.enrich.times.TimeExpressionFinder;
import dev.storyline.enrich.times.TimeNormalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores Storyline's time expressions against gold TimeML (e.g. TempEval-3's TBAQ-cleaned): each document's text
 * is normalised against its creation time, then matched to the gold one to one, TempEval-3 style.
 */
public final class TimesEvaluation {

    private final TimeExpressionFinder finder = new TimeExpressionFinder();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, TimesScore> byGroup = new TreeMap<>();

    /** The total score over {@code docs}; per-folder scores in {@link #byGroup()}. */
    public TimesScore evaluate(List<TimeMlDocument> docs) {
        TimesScore total = TimesScore.EMPTY;
        for (TimeMlDocument d : docs) {
            TimesScore s = evaluate(d);
            total = total.plus(s);
            byGroup.merge(d.group(), s, TimesScore::plus);
        }
        return total;
    }

    /** The score of one document. */
    public TimesScore evaluate(TimeMlDocument doc) {
        long t0 = System.nanoTime();
        TimeNormalizer normalizer = new TimeNormalizer(finder, anchor(doc.creationTime()));
        List<TimeExpression> found = normalizer.normalizeAll(doc.text(), 0);
        long nanos = System.nanoTime() - t0;
        boolean[] used = new boolean[found.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        for (TimeMlDocument.Timex g : doc.gold()) {
            int match = -1;
            for (int i = 0; i < found.size(); i++) {
                TimeExpression f = found.get(i);
                if (!used[i] && f.span().start() < g.end() && g.start() < f.span().end()) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                mismatches.add(doc.name() + "\tMISSED\t" + g.text().replace('\n', ' ') + "\t" + g.value());
                continue;
            }
            used[match] = true;
            TimeExpression f = found.get(match);
            relaxed++;
            if (f.span().start() == g.start() && f.span().end() == g.end()) {
                strict++;
            }
            if (Objects.equals(f.value(), g.value())) {
                value++;
            } else {
                mismatches.add(doc.name() + "\tVALUE\t" + g.text().replace('\n', ' ') + "\t" + g.value() + "\t"
                        + f.span().text().replace('\n', ' ') + "\t" + f.value() + "\t" + doc.creationTime());
            }
            if (Objects.equals(f.type(), g.type())) {
                type++;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                mismatches.add(doc.name() + "\tEXTRA\t" + found.get(i).span().text().replace('\n', ' ') + "\t"
                        + found.get(i).value());
            }
        }
        return new TimesScore(1, doc.gold().size(), found.size(), strict, relaxed, value, type, nanos);
    }

    /** Scores per folder (e.g. TimeBank and AQUAINT), to show that figures hold on each half. */
    public Map<String, TimesScore> byGroup() {
        return Map.copyOf(byGroup);
    }

    /** One line per missed, extra or wrongly valued expression, tab-separated. */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** The date part of a creation time such as {@code 1998-03-01T14:11:00}; null when it is not a date. */
    static LocalDate anchor(String creationTime) {
        if (creationTime == null || creationTime.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(creationTime.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
