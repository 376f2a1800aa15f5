package org.tracegraph.system;

import java.lang.management.ManagementFactory;

/** The CPU this process has used, for the figures the offline load and the benchmark report. */
public final class Cpu {
    private Cpu() {
    }

    /** The CPU time this process has used, all its threads; 0 where the JVM cannot say. */
    public static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
