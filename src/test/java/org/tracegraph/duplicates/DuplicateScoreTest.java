package org.tracegraph.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateScoreTest {
    private static DuplicateScore.Entity person(String id, String name, String... aliases) {
        return new DuplicateScore.Entity(id, name, List.of(aliases), "Person", null);
    }

    @Test
    void one_name_in_three_scripts_scores_near_one_and_says_which_names_matched() {
        var pair = DuplicateScore.score(person("a", "Khadija Ismayilova", "Xədicə İsmayılova"),
                person("b", "Xədicə İsmayılova"), List.of(), List.of());
        assertEquals(1.0, pair.score());
        assertTrue(pair.why().get(0).detail().contains("the same name"), pair.why().toString());
        var cyrillic = DuplicateScore.score(person("a", "Khadija Ismayilova"), person("b", "Хадиджа Исмаилова"),
                List.of(), List.of());
        assertTrue(cyrillic.score() > 0.9, cyrillic.toString());
    }

    @Test
    void other_types_other_dates_and_a_link_between_the_two_lower_the_score_and_shared_neighbours_raise_it() {
        var same = DuplicateScore.score(person("a", "Tofiq Quliyev"), person("b", "Tofiq Guliyev"), List.of(), List.of());
        var organisation = DuplicateScore.score(person("a", "Tofiq Quliyev"),
                new DuplicateScore.Entity("b", "Tofiq Guliyev", List.of(), "Organisation", null), List.of(), List.of());
        var relatives = DuplicateScore.score(person("a", "Tofiq Quliyev"), person("b", "Tofiq Guliyev"), List.of(),
                List.of("RELATIVE_OF"));
        var neighbours = DuplicateScore.score(person("a", "Tofiq Quliyev"), person("b", "Tofiq Guliyev"),
                List.of("Musavat", "NDI"), List.of());
        assertTrue(organisation.score() < same.score());
        assertTrue(relatives.score() < same.score());
        assertTrue(neighbours.score() > same.score());
        var trials = DuplicateScore.score(new DuplicateScore.Entity("a", "The trial", List.of(), "Event", "2006"),
                new DuplicateScore.Entity("b", "The trial", List.of(), "Event", "2012-05"), List.of(), List.of());
        assertTrue(trials.score() < 0.75, "same name, years apart: " + trials);
        assertTrue(trials.why().toString().contains("different dates"), trials.why().toString());
    }

    @Test
    void different_people_score_below_the_listing_threshold() {
        var pair = DuplicateScore.score(person("a", "Elnur Israfilov"), person("b", "Ilham Aliyev"), List.of(), List.of());
        assertTrue(pair.score() < DuplicateService.MIN_SCORE, pair.toString());
    }
}
