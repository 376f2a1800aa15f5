package org.tracegraph.cypher;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A saved query of {@code cypher/queries/}: its name (the file's), the header's title, description and
 * parameters, and its Cypher.
 */
public record SavedQuery(String name, String title, String description, List<Parameter> parameters, String cypher) {

    /**
     * A parameter, as its header line declares it: {@code // param hops: integer 1..4 = 2 -- how many steps}.
     * Without a default it is required.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String name, String type, Long min, Long max, Object defaultValue, boolean required,
                            String description) {
    }

    public record Listing(List<SavedQuery> queries) {
    }
}
