package org.tracegraph.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP addresses as settings and forwarding headers write them, read without ever asking DNS:
 * {@code InetAddress.getByName} looks a name up, so only text already shaped as an address reaches it.
 */
public final class AddressRange {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** Hex digits and colons, perhaps an IPv4 tail: Java reads text with a colon as an IPv6 literal, never a name. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]*:[0-9A-Fa-f:.]*");

    private AddressRange() {
    }

    /** The address {@code text} writes (IPv4 dotted quad or IPv6, no brackets, no port), if it is one. */
    public static Optional<InetAddress> literal(String text) {
        if (text == null || text.length() > 45 || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address, or an address and a prefix length ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    public static boolean isValid(String range) {
        int slash = range.indexOf('/');
        var address = literal(slash < 0 ? range : range.substring(0, slash));
        if (address.isEmpty()) return false;
        if (slash < 0) return true;
        var bits = range.substring(slash + 1);
        if (!bits.matches("\\d{1,3}")) return false;
        return Integer.parseInt(bits) <= address.get().getAddress().length * 8;
    }
}
