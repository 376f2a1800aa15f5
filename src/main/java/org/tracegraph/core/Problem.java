package org.tracegraph.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code parameter} names the query
 * parameter or field at fault, where there is one; {@code requestId} is the request's {@code X-Request-Id}, the
 * one its log lines carry, set by the HTTP layer as it answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter, String requestId) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String parameter) {
        this(type, title, status, detail, parameter, null);
    }

    /** The same problem, answered to the request {@code id}. */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, parameter, id);
    }
}
