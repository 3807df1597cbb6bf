package io.newspipe.text.enrich;

import io.newspipe.model.Entity;
import io.newspipe.model.Entity.EntityType;
import io.newspipe.text.ChineseNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article credits, as PERSON entities with a {@code role} in {@code normalized}: {@code author} for
 * the byline's names, {@code photographer} for the names a caption credits (张福芳 摄, 摄影 张福芳). A credited name
 * the body also mentions is that entity, given the role, not a second one; one the body does not mention is added
 * with no mentions and no offsets (offsets are into the body). Stateless; thread-safe.
 */
final class CreditedPeople {
    /** Names before 摄/摄影 (杨鹰 摄影报道, 张福芳 摄) or after 摄影/图 (摄影 张福芳, 图/张福芳). */
    private static final Pattern BEFORE = Pattern.compile("((?:\\p{IsHan}{2,3}[ \\u00A0、]*){1,4})(?:摄影|摄)");
    private static final Pattern AFTER = Pattern.compile("(?:摄影|图)[：:/／ \\u00A0]*((?:\\p{IsHan}{2,3}[ \\u00A0、]*){1,4})$");

    /** {@code entities} with the credited people given their role or added; the input list is not changed. */
    List<Entity> apply(List<Entity> entities, List<String> authors, List<String> captions) {
        Map<String, String> credited = new LinkedHashMap<>();
        for (String a : authors) {
            for (String name : names(a)) {
                credited.putIfAbsent(name, "author");
            }
        }
        for (String c : captions) {
            for (String name : photographers(c)) {
                credited.putIfAbsent(name, "photographer");
            }
        }
        if (credited.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size() + credited.size());
        for (Entity e : entities) {
            String role = e.type() == EntityType.PERSON ? credited.remove(e.text()) : null;
            out.add(role == null ? e : new Entity(e.type(), e.text(), e.mentions(), e.offsets(), withRole(e.normalized(), role)));
        }
        credited.forEach((name, role) -> out.add(new Entity(EntityType.PERSON, name, 0, List.of(), withRole(null, role))));
        return out;
    }

    static List<String> photographers(String caption) {
        String c = caption.strip();
        List<String> out = new ArrayList<>();
        Matcher m = BEFORE.matcher(c);
        while (m.find()) {
            out.addAll(names(m.group(1)));
        }
        Matcher after = AFTER.matcher(c);
        if (out.isEmpty() && after.find()) {
            out.addAll(names(after.group(1)));
        }
        return out;
    }

    /**
     * The person names in a credit run (张福芳 付柯瞰, 姜毓玲、肖瑞): tokens of two or three Han characters starting
     * with a surname; a run that also holds other words (a caption's last words before 摄) keeps only its last names.
     */
    static List<String> names(String run) {
        List<String> out = new ArrayList<>();
        for (String token : run.strip().split("[ \\u00A0、，,]+")) {
            boolean name = token.length() >= 2 && token.length() <= 3 && ChineseNames.isSurname(token.charAt(0))
                    && token.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (name) {
                out.add(token);
            } else {
                out.clear(); // words before the credit, not names
            }
        }
        return out;
    }

    private static Map<String, Object> withRole(Map<String, Object> normalized, String role) {
        Map<String, Object> out = normalized == null ? new LinkedHashMap<>() : new LinkedHashMap<>(normalized);
        out.put("role", role);
        return out;
    }
}
