package org.tracegraph.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of a built app with their roles, read from Javalin's router itself, so that nothing restates the
 * route table: the start-up log lists what each token opens, and the tests check every route has a role and
 * that the OpenAPI document says the same.
 */
public final class Routes {
    private Routes() {
    }

    public record Route(HandlerType method, String path, Set<RouteRole> roles) {
        /** The role declared on the route; empty when it declares none (or more than one). */
        public Optional<Access> access() {
            return Access.of(roles);
        }

        @Override
        public String toString() {
            return method.name() + " " + path;
        }
    }

    /** Every HTTP route of {@code app} (not the before and after handlers), by method, each in the order {@code App} declares them. */
    public static List<Route> of(Javalin app) {
        // Javalin's "unsafe" state is its advanced API: the router the requests are served from
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> {
                    var roles = endpoint.metadata(Roles.class);
                    return new Route(endpoint.method, endpoint.path, roles == null ? Set.of() : roles.getRoles());
                })
                .toList();
    }

    /** The routes each role opens; routes without a role are left out. */
    public static Map<Access, List<Route>> byAccess(List<Route> routes) {
        var result = new EnumMap<Access, List<Route>>(Access.class);
        for (var access : Access.values()) {
            result.put(access, routes.stream().filter(r -> r.access().equals(Optional.of(access))).toList());
        }
        return result;
    }
}
