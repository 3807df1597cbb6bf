package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.JsonSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import java.util.List;

/**
 * Articles on the app's own repartition topic and in its near-duplicate store, without their body text. An article's
 * body is its paragraphs joined by newlines, so the JSON of a split article holds its text twice: on the way to the
 * exact stage, in the store that holds it for its verdicts and in that store's changelog, every article was written,
 * compressed, fetched and parsed with twice its text. Here the body is left out whenever it is exactly that join and
 * made again on reading; a body that is anything else, or a record written before (with its body), is read as it
 * was written. {@code articles.enriched} keeps the body: it is the contract. Stateless; the serdes are thread-safe.
 */
public final class WireArticles {
    private WireArticles() {
    }

    /** {@code a} without its body when the body is its paragraphs joined; null stays null. */
    static Article strip(Article a) {
        return a != null && a.body() != null && isJoined(a.body(), a.paragraphs()) ? a.withBody(null) : a;
    }

    /** {@code a} with its body made again from its paragraphs when it came without one; null stays null. */
    static Article restore(Article a) {
        return a != null && a.body() == null ? a.withBody(String.join("\n", a.paragraphs())) : a;
    }

    /** Whether {@code body} equals the paragraphs joined by newlines, compared in place. */
    static boolean isJoined(String body, List<String> paragraphs) {
        int at = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                if (at >= body.length() || body.charAt(at) != '\n') {
                    return false;
                }
                at++;
            }
            String p = paragraphs.get(i);
            if (!body.regionMatches(at, p, 0, p.length())) {
                return false;
            }
            at += p.length();
        }
        return at == body.length();
    }

    /** The serde of the held-articles store: the model's JSON serde, the body left out and made again. */
    public static Serde<Article> articles() {
        JsonSerde<Article> json = new JsonSerde<>(Article.class);
        Serializer<Article> write = json.serializer();
        Deserializer<Article> read = json.deserializer();
        return Serdes.serdeFrom((topic, a) -> write.serialize(topic, strip(a)),
                (topic, bytes) -> restore(read.deserialize(topic, bytes)));
    }

    /**
     * The serde of the exact stage's repartition topic: an outcome holding an article (its one field: see
     * {@link Outcome}) goes without the article's body.
     */
    public static Serde<Outcome> outcomes() {
        JsonSerde<Outcome> json = new JsonSerde<>(Outcome.class);
        Serializer<Outcome> write = json.serializer();
        Deserializer<Outcome> read = json.deserializer();
        return Serdes.serdeFrom((topic, o) -> write.serialize(topic,
                        o == null || o.article() == null ? o : Outcome.of(strip(o.article()))),
                (topic, bytes) -> {
                    Outcome o = read.deserialize(topic, bytes);
                    return o == null || o.article() == null ? o : Outcome.of(restore(o.article()));
                });
    }
}
