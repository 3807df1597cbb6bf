package io.newspipe.text.enrich;

import io.newspipe.model.Entity;
import io.newspipe.model.Entity.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CreditedPeopleTest {
    private final CreditedPeople credited = new CreditedPeople();

    @Test
    void bylineAndCaptionNamesBecomePeopleWithTheirRole() {
        List<Entity> out = credited.apply(List.of(), List.of("周文华", "李青"), List.of("村民在田间收割稻谷。 赵敏 摄"));
        assertEquals(List.of("周文华", "李青", "赵敏"), out.stream().map(Entity::text).toList());
        assertEquals("author", out.get(0).normalized().get("role"));
        assertEquals("photographer", out.get(2).normalized().get("role"));
        assertEquals(0, out.get(2).mentions());
        assertEquals(EntityType.PERSON, out.get(2).type());
    }

    @Test
    void aCreditedNameTheBodyMentionsIsOneEntity() {
        Entity body = new Entity(EntityType.PERSON, "周文华", 2, List.of(3, 20), null);
        Entity place = new Entity(EntityType.PLACE, "周文华", 1, List.of(9), Map.of());
        List<Entity> out = credited.apply(List.of(body, place), List.of("周文华"), List.of());
        assertEquals(2, out.size());
        assertEquals(List.of(3, 20), out.get(0).offsets());
        assertEquals("author", out.get(0).normalized().get("role"));
        assertEquals(Map.of(), out.get(1).normalized(), "only a person takes a person's role");
    }

    @Test
    void photographersAreReadOnEitherSideOfTheCredit() {
        assertEquals(List.of("赵敏", "孙磊"), CreditedPeople.photographers("赵敏 孙磊 摄影报道"));
        assertEquals(List.of("赵敏"), CreditedPeople.photographers("摄影 赵敏"));
        assertEquals(List.of(), CreditedPeople.photographers("图为新建成的大桥。"));
    }
}
