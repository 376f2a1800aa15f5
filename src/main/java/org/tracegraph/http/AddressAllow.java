package org.tracegraph.http;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * A route that also opens, without a token, to clients at the addresses of a setting, declared beside its
 * {@link Access}: {@link #METRICS} is {@code /metrics}, open to {@code METRICS_ALLOW} (the client's address as
 * {@link ClientAddress} sees it through trusted proxies) as well as to the admin token.
 */
public enum AddressAllow implements RouteRole {
    METRICS;

    static boolean isMetrics(Set<? extends RouteRole> roles) {
        return roles.contains(METRICS);
    }
}
