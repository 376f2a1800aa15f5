package org.tracegraph.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count written as people write large ones: {@code 1000000}, {@code 1_000_000} or {@code 1,000,000}. */
final class Count implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a count");
        }
    }
}
