package org.tracegraph.support;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/** Bookmarks for the tests of {@code Tracegraph-Bookmark}. */
public final class Bookmarks {
    public static final String HEADER = "Tracegraph-Bookmark";

    private Bookmarks() {
    }

    /**
     * A bookmark of the same database as {@code bookmark}, a transaction far ahead. Neo4j 5 writes a bookmark as
     * {@code FB:} and the Base64 of a PackStream list: the database's id (a 16-byte string) and the transaction's
     * number, then an empty list; here the number becomes a 64-bit one no database will reach.
     */
    public static String future(String bookmark) {
        var bytes = Base64.getDecoder().decode(bookmark.substring("FB:".length()));
        var id = Arrays.copyOf(bytes, 19); // list marker, byte-string marker and length, the 16 bytes of the id
        var number = ByteBuffer.allocate(10).put((byte) 0xCB).putLong(Long.MAX_VALUE / 2).put((byte) 0x90).array();
        return "FB:" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(id.length + number.length).put(id).put(number).array());
    }
}
