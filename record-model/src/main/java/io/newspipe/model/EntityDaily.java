package io.newspipe.model;

/**
 * Mentions of one entity on one day (UTC, by the time the page was received), on {@code entities.daily}. Each update
 * carries the running totals for that day: the latest record for a key is the answer.
 *
 * @param day      {@code YYYY-MM-DD}
 * @param mentions mentions summed over the day's articles
 * @param articles how many articles mention it
 */
public record EntityDaily(String day, String type, String text, long mentions, long articles) {
    public EntityDaily plus(long moreMentions) {
        return new EntityDaily(day, type, text, mentions + moreMentions, articles + 1);
    }
}
