package io.newspipe.model;

/** A date stated in the text; {@code iso} is {@code YYYY-MM-DD}, or {@code --MM-DD} when no year is known. */
public record DateMention(String text, String iso) {
}
