package io.newspipe.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A search as the URL states it: the words, the facet values that narrow it, and the page. Parsing checks sizes and
 * shapes and says what is wrong ({@link IllegalArgumentException} with a message for the user); it never lets syntax
 * through to the database. Immutable.
 *
 * @param terms   words of the query, each a phrase; all must match; empty lists everything
 * @param filters facet filters by facet name ({@link #FACETS}); several values of one facet must all hold
 */
record SearchQuery(String q, List<String> terms, Map<String, List<String>> filters, int page, int size) {
    /** The facets a search narrows by, as the URL names them. */
    static final List<String> FACETS = List.of("person", "place", "organization", "author", "source", "day");
    static final int MAX_QUERY = 200;
    static final int MAX_TERMS = 8;
    static final int MAX_PAGE = 1_000;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static SearchQuery parse(Map<String, List<String>> params) {
        String q = first(params, "q", "").strip();
        if (q.length() > MAX_QUERY) {
            throw new IllegalArgumentException("the query is " + q.length() + " characters long; at most " + MAX_QUERY
                    + " are searched for");
        }
        List<String> terms = new ArrayList<>();
        for (String t : q.split("[\\s\\u3000]+")) {
            // Quotes and operators are not syntax here: a term is looked for as it is written, less its quotes.
            String term = t.replace("\"", "").replace("'", "").strip();
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        if (terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("at most " + MAX_TERMS + " words are searched for, not " + terms.size());
        }
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = params.getOrDefault(facet, List.of()).stream().map(String::strip)
                    .filter(v -> !v.isEmpty()).distinct().toList();
            for (String v : values) {
                if (v.length() > MAX_QUERY) {
                    throw new IllegalArgumentException(facet + " is too long");
                }
                if (facet.equals("day") && !DAY.matcher(v).matches()) {
                    throw new IllegalArgumentException("day must be YYYY-MM-DD, not " + v);
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        int page = number(params, "page", 1, 1, MAX_PAGE);
        int size = number(params, "size", 20, 1, 100);
        return new SearchQuery(q, List.copyOf(terms), Map.copyOf(filters), page, size);
    }

    static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    static int number(Map<String, List<String>> params, String name, int fallback, int min, int max) {
        String v = first(params, name, null);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not " + v);
        }
    }
}
