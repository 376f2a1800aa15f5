package org.tracegraph.http;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * A route's body limit, declared beside its {@link Access}: every body is at most {@code MAX_BODY_SIZE}, but a
 * route marked {@link #LARGE} (the importer, which streams its body to a file) takes up to
 * {@code MAX_IMPORT_SIZE}.
 */
public enum BodySize implements RouteRole {
    LARGE;

    static boolean isLarge(Set<? extends RouteRole> roles) {
        return roles.contains(LARGE);
    }
}
