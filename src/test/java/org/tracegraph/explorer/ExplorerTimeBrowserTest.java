package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Time (issue 21, item 3): the year filter played forward (▶/⏸, one step, a speed), partial dates kept at
 * their precision, the position in the link; the time layout by the month when the story spans a year or
 * two, with the undated in a lane of their own.
 */
class ExplorerTimeBrowserTest extends ExplorerBrowserSupport {
    private static final Pattern TO = Pattern.compile("[?&]to=(\\d{4})");

    private Integer linkedTo() {
        Matcher m = TO.matcher(browser.pathAndQuery());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private boolean filtered(String id) {
        return Boolean.TRUE.equals(browser.js("return window.cy.getElementById(arguments[0]).hasClass('filtered')", id));
    }

    @Test
    void stepping_shows_the_story_a_year_at_a_time_and_a_month_date_counts_from_its_year() {
        // "2012-03": known to the month. Shown from 2012 on, never before.
        String march2012 = "bashirli-release-2012";
        browser.open("/?focus=" + BASHIRLI + "&to=2010");
        browser.waitIdle();
        browser.waitUntil("the March 2012 event on the canvas", () -> onCanvas(march2012));
        assertTrue(filtered(march2012), "hidden up to 2010");
        click("#play-step");
        browser.waitUntil("one year on", () -> Integer.valueOf(2011).equals(linkedTo()));
        assertEquals("Up to 2011", browser.find("#play-year").getText());
        assertTrue(filtered(march2012), "still hidden up to 2011");
        click("#play-step");
        browser.waitUntil("2012", () -> Integer.valueOf(2012).equals(linkedTo()));
        browser.waitUntil("shown from 2012", () -> !filtered(march2012));
        // Past the last year, a step starts again from the first.
        int first = Integer.parseInt(browser.find("#date-from").getAttribute("min"));
        click("#play-step");
        browser.waitUntil("back to the first year", () -> Integer.valueOf(first).equals(linkedTo()));
        assertTrue(filtered(march2012));
    }

    @Test
    void play_runs_the_years_forward_and_pause_stops_where_it_is() {
        browser.open("/?focus=" + BASHIRLI + "&to=2004");
        browser.waitIdle();
        new Select(browser.find("#play-speed")).selectByValue("fast");
        click("#play-toggle");
        assertEquals("true", browser.find("#play-toggle").getAttribute("aria-pressed"));
        browser.waitUntil("two years played", Duration.ofSeconds(20), () -> linkedTo() != null && linkedTo() >= 2006);
        click("#play-toggle");
        assertEquals("false", browser.find("#play-toggle").getAttribute("aria-pressed"));
        Integer paused = linkedTo();
        browser.js("return new Promise(r => setTimeout(r, 1200))");
        assertEquals(paused, linkedTo(), "paused: the year stays");
        assertTrue(paused >= 2006 && paused <= 2012, "played forward: " + paused);
        // Played to the end it stops by itself, on the last year.
        click("#play-toggle");
        browser.waitUntil("the last year reached", Duration.ofSeconds(30),
                () -> "false".equals(browser.find("#play-toggle").getAttribute("aria-pressed")));
        assertEquals(Integer.valueOf(browser.find("#date-to").getAttribute("max")), linkedTo());
    }

    @Test
    void a_story_of_one_year_is_laid_out_by_the_month_with_the_undated_in_their_own_lane() {
        browser.open("/?nodes=blackmail-video-publication,novruz-2012,bashirli-family-travel-to-baku,eurovision-2012,karl-rahder&layout=time");
        browser.waitIdle();
        var ticks = strings(browser.js("return [...document.querySelectorAll('#time-axis .time-tick span')].map(s => s.textContent)"));
        assertTrue(ticks.containsAll(List.of("2012", "Mar", "May")), "month ticks: " + ticks);
        double march = ((Number) browser.js("return window.cy.getElementById('bashirli-family-travel-to-baku').position('x')")).doubleValue();
        double may = ((Number) browser.js("return window.cy.getElementById('eurovision-2012').position('x')")).doubleValue();
        assertTrue(may - march >= 150, "March and May far enough apart to read: " + (may - march));
        assertEquals(List.of("Undated"), strings(browser.js("return [...document.querySelectorAll('#time-axis .time-lane')].map(l => l.textContent)")));
        double rahder = ((Number) browser.js("return window.cy.getElementById('karl-rahder').position('y')")).doubleValue();
        double events = ((Number) browser.js("return Math.max(...window.cy.nodes('[type = \"Event\"]').map(n => n.position('y')))")).doubleValue();
        assertTrue(rahder > events, "the undated lane is under the dated ones");
    }
}
