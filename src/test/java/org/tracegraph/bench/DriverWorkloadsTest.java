package org.tracegraph.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.TestServer;

/**
 * The benchmark's driver baseline runs the API's own neighbourhood walk (graph/NeighbourhoodWalk) through a
 * bare session, at the depths the benchmark measures, on a hub and on an id no entity has.
 */
@ExtendWith(TestServer.class)
class DriverWorkloadsTest {

    @Test
    void the_driver_baseline_walks_a_neighbourhood_as_the_api_does() {
        var db = TestServer.server().database();
        for (var id : new String[] {"ruslan-bashirli", "ndi", "no-such-entity"}) {
            for (int depth = 1; depth <= 2; depth++) {
                int d = depth;
                try (var session = db.readSession()) {
                    assertDoesNotThrow(() -> DriverWorkloads.neighbourhood(session, id, d, 25));
                }
            }
        }
    }
}
