package org.tracegraph.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.tracegraph.core.ProblemException;

/**
 * Dates as the graph keeps them: ISO 8601 with only the precision the source gives ("2005", "2012-03",
 * "2012-05-26"). As strings they sort in time order, a year before its months; a period given to a month
 * runs to that month's end, which the queries express by comparing against the date followed by '~'.
 */
public final class PartialDate {
    private PartialDate() {
    }

    /** Checks a date parameter, naming {@code parameter} when it is not a real partial date. */
    public static String check(String parameter, String value) {
        if (!wellFormed(value)) {
            throw ProblemException.badParameter(parameter, parameter + " must be a date such as 2012, 2012-03 or"
                    + " 2012-05-26, not '" + value + "'");
        }
        try {
            // the parts are digits: YearMonth.of and LocalDate.of refuse what parse would, without a formatter
            int year = Integer.parseInt(value, 0, 4, 10);
            if (value.length() >= 7) YearMonth.of(year, Integer.parseInt(value, 5, 7, 10));
            if (value.length() == 10) LocalDate.of(year, Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10));
        } catch (DateTimeException e) {
            throw ProblemException.badParameter(parameter, parameter + " is not a real date: '" + value + "'");
        }
        return value;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, digits where the digits go ({@code \d{4}(-\d{2}(-\d{2})?)?}). */
    private static boolean wellFormed(String value) {
        int length = value.length();
        if (length != 4 && length != 7 && length != 10) return false;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') return false;
        }
        return true;
    }
}
