package org.tracegraph.http;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * A route's rate budget, declared beside its {@link Access}: every API route draws on the client's budget, but a
 * route marked {@link #NONE} (the probes, cheap by construction) is never refused for it, so a load balancer's
 * checks cannot fail because readers behind the same address used the budget up.
 */
public enum Budget implements RouteRole {
    NONE;

    static boolean isNone(Set<? extends RouteRole> roles) {
        return roles.contains(NONE);
    }
}
