package io.newspipe.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON mapping used on every topic and in the store, so that the wire format has a single definition.
 * The mapper is thread-safe once configured, which happens here and nowhere else.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Consumers may be newer than the producer of a record: unknown fields are not an error.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String writeString(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /** @throws JsonFormatException when the bytes are not JSON of the expected shape */
    public static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("not a valid " + type.getSimpleName() + " record: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonFormatException("not a valid " + type.getSimpleName() + " record: " + e.getMessage(), e);
        }
    }

    public static <T> T read(String text, Class<T> type) {
        return read(text.getBytes(StandardCharsets.UTF_8), type);
    }

    /** Malformed input: a property of the record, never worth retrying. */
    public static final class JsonFormatException extends UncheckedIOException {
        public JsonFormatException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
