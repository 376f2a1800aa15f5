package org.tracegraph.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.tracegraph.http.ApiException;

/**
 * Dates as the graph keeps them: ISO 8601 with only the precision the source gives ("2005", "2012-03",
 * "2012-05-26"). As strings they sort in time order, a year before its months; a period given to a month
 * runs to that month's end, which the queries express by comparing against the date followed by '~'.
 */
public final class PartialDate {
    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private PartialDate() {
    }

    /** Checks a date parameter, naming {@code parameter} when it is not a real partial date. */
    public static String check(String parameter, String value) {
        if (!FORMAT.matcher(value).matches()) {
            throw ApiException.badParameter(parameter, parameter + " must be a date such as 2012, 2012-03 or"
                    + " 2012-05-26, not '" + value + "'");
        }
        try {
            if (value.length() == 7) YearMonth.parse(value);
            if (value.length() == 10) LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.badParameter(parameter, parameter + " is not a real date: '" + value + "'");
        }
        return value;
    }
}
