package org.tracegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The page cache of the embedded database when {@code NEO4J_PAGECACHE} does not set it: the store's size and a
 * fifth more for its growth, so that reads come from memory rather than disk; at least {@value #MIN_MB} MiB;
 * and never more than the machine can give beside this JVM's heap (the page cache lives outside it) and
 * {@value #RESERVE_MB} MiB for the operating system and the JVM's own off-heap memory.
 */
public final class PageCacheSize {
    static final long MIN_MB = 256;
    static final long RESERVE_MB = 1024;

    private PageCacheSize() {
    }

    /** The page cache for the store in {@code home} (Neo4j's home directory; it may not exist yet). */
    public static long forStore(Path home) {
        return choose(storeBytes(home), physicalMemory(), Runtime.getRuntime().maxMemory());
    }

    static long choose(long storeBytes, long physicalBytes, long maxHeapBytes) {
        long wanted = Math.max(MIN_MB << 20, storeBytes + storeBytes / 5);
        long available = physicalBytes - maxHeapBytes - (RESERVE_MB << 20);
        return Math.max(MIN_MB << 20, Math.min(wanted, available));
    }

    /** The bytes of every file of the store (the databases and transaction logs under {@code home/data}). */
    static long storeBytes(Path home) {
        var data = home.resolve("data");
        if (!Files.isDirectory(data)) return 0;
        try (var files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // a file Neo4j removed while we counted
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory() + (MIN_MB << 20) + (RESERVE_MB << 20);
    }
}
