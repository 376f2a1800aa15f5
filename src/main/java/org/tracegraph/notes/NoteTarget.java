package org.tracegraph.notes;

import java.util.Arrays;
import java.util.Locale;

/** What a note may be about; each kind is also the name of the field or parameter that names its target. */
public enum NoteTarget {
    ENTITY, RELATIONSHIP, VIEW;

    /** "entity", "relationship", "view": stored as the note's targetKind, and the field that names it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field names, for problems: "entity, relationship or view". */
    public static String keys() {
        var keys = Arrays.stream(values()).map(NoteTarget::key).toList();
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    public static NoteTarget of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
