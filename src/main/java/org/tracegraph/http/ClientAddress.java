package org.tracegraph.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.eclipse.jetty.util.InetAddressSet;
import org.tracegraph.config.AddressRange;

/**
 * Who is calling: the one answer every user of the client's address asks for (the rate limits, the access log,
 * who may read the metrics). The connection's peer, unless the peer is one of {@code TRUSTED_PROXIES}: then the
 * chain it forwards ({@code X-Forwarded-For}, or {@code Forwarded} when that is absent) is walked from the right,
 * each trusted hop skipped, and the first untrusted one is the client. Anything to the left of it was written by
 * the client and is never believed; from an untrusted peer the headers are not read at all.
 *
 * <p>A hop that is not an address ({@code unknown}, an obfuscated name, garbage) ends the walk at the trusted hop
 * that reported it, so a client can never choose the text it is counted under.
 */
public final class ClientAddress {
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    public static final String FORWARDED = "Forwarded";
    private static final String ATTRIBUTE = "tracegraph.client";
    /** More hops than any real chain: a longer header is read from its right end only. */
    private static final int MAX_HOPS = 32;

    private final Predicate<String> trusted;
    private final boolean trustsNone;

    /** {@code trustedProxies}: addresses and CIDR ranges, as {@code Settings} checked them. */
    public ClientAddress(List<String> trustedProxies) {
        this.trusted = within(trustedProxies);
        this.trustsNone = trustedProxies.isEmpty();
    }

    /** Whether an address (as text) is in one of {@code ranges} (addresses and CIDR ranges); text that is no address is in none. */
    public static Predicate<String> within(List<String> ranges) {
        var set = new InetAddressSet();
        ranges.forEach(set::add);
        return address -> !ranges.isEmpty() && AddressRange.literal(address).map(set::test).orElse(false);
    }

    /** The client's address, worked out once per request. */
    public String of(Context ctx) {
        String known = ctx.attribute(ATTRIBUTE);
        if (known != null) return known;
        var peer = ctx.req().getRemoteAddr();
        var client = peerIsTrusted(ctx) ? resolve(peer, hops(ctx), trusted) : peer;
        ctx.attribute(ATTRIBUTE, client);
        return client;
    }

    /** Whether the connection comes from a trusted proxy, whose headers (a request id too) may be believed. */
    public boolean peerIsTrusted(Context ctx) {
        return !trustsNone && trusted.test(ctx.req().getRemoteAddr());
    }

    /** The forwarded chain, client first, as the proxies wrote it: every header line, in order. */
    private static List<String> hops(Context ctx) {
        var forwardedFor = Collections.list(ctx.req().getHeaders(FORWARDED_FOR));
        if (!forwardedFor.isEmpty()) {
            var hops = new ArrayList<String>();
            for (var line : forwardedFor) {
                for (var hop : line.split(",")) hops.add(hop);
            }
            return hops;
        }
        var hops = new ArrayList<String>();
        for (var line : Collections.list(ctx.req().getHeaders(FORWARDED))) {
            for (var element : line.split(",")) hops.add(forValue(element));
        }
        return hops;
    }

    /** RFC 7239's {@code for=} of one element ({@code for="[2001:db8::1]:4711";proto=https}); "" without one. */
    static String forValue(String element) {
        for (var pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("for")) {
                return pair.substring(eq + 1).strip();
            }
        }
        return "";
    }

    /**
     * The client of a request from trusted {@code peer} that forwarded {@code hops} (client first): the rightmost
     * hop that is not trusted, or the leftmost hop when every one is.
     */
    static String resolve(String peer, List<String> hops, Predicate<String> trusted) {
        var client = peer;
        int seen = 0;
        for (int i = hops.size() - 1; i >= 0 && seen < MAX_HOPS; i--, seen++) {
            var address = AddressRange.literal(bare(hops.get(i)));
            if (address.isEmpty()) return client;
            client = address.get().getHostAddress();
            if (!trusted.test(client)) return client;
        }
        return client;
    }

    /** The address of a hop without quotes, brackets or port: {@code "[::1]:80"} is {@code ::1}. */
    static String bare(String hop) {
        var text = hop.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            return close < 0 ? text : text.substring(1, close);
        }
        int colon = text.indexOf(':');
        // one colon: an IPv4 address and its port; more: an IPv6 address, which writes no port without brackets
        return colon > 0 && colon == text.lastIndexOf(':') ? text.substring(0, colon) : text;
    }
}
