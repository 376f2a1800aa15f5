package org.tracegraph.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * The time an element exists in a dynamic graph, from Tracegraph's partial dates ("2005", "2012-03",
 * "2012-05-26"), which say no more than the source does. The spell covers every day the dates allow: a date
 * runs from the first day of its year or month to the last; a start date opens the spell on the first day of
 * its period and an end date closes it on the last day of its period; a bound not given stays open (GEXF
 * reads it as infinite). Either bound may be null; both null means no spell: the element is there throughout.
 */
record Spell(LocalDate start, LocalDate end) {
    static final Spell ALWAYS = new Spell(null, null);

    /**
     * An element's spell: {@code startDate}/{@code endDate} when either is given, else its {@code date} (a
     * period as long as its precision), else {@code opens} (a source's publication, after which it stays).
     * Dates that are not partial dates, or that end before they start, give no spell.
     */
    static Spell of(Object date, Object startDate, Object endDate, Object opens) {
        try {
            if (startDate instanceof String || endDate instanceof String) {
                var spell = new Spell(first(startDate), last(endDate));
                return spell.start != null && spell.end != null && spell.end.isBefore(spell.start) ? ALWAYS : spell;
            }
            if (date instanceof String) return new Spell(first(date), last(date));
            if (opens instanceof String) return new Spell(first(opens), null);
        } catch (DateTimeException | IllegalArgumentException e) {
            return ALWAYS;
        }
        return ALWAYS;
    }

    boolean always() {
        return start == null && end == null;
    }

    /** The first day a partial date allows: 2005 → 2005-01-01, 2012-03 → 2012-03-01. */
    static LocalDate first(Object partial) {
        if (!(partial instanceof String value)) return null;
        return switch (value.length()) {
            case 4 -> Year.parse(value).atDay(1);
            case 7 -> YearMonth.parse(value).atDay(1);
            case 10 -> LocalDate.parse(value);
            default -> throw new IllegalArgumentException("not a partial date: " + value);
        };
    }

    /** The last day a partial date allows: 2005 → 2005-12-31, 2012-02 → 2012-02-29. */
    static LocalDate last(Object partial) {
        if (!(partial instanceof String value)) return null;
        return switch (value.length()) {
            case 4 -> Year.parse(value).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            case 10 -> LocalDate.parse(value);
            default -> throw new IllegalArgumentException("not a partial date: " + value);
        };
    }
}
