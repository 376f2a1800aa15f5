package org.tracegraph.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code parameter} names the query
 * parameter or field at fault, where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter) {
    public static final String CONTENT_TYPE = "application/problem+json";
}
