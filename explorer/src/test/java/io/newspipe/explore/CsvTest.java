package io.newspipe.explore;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    @Test
    void fieldsAreQuotedWhenTheyNeedItAndFormulasAreDefused() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", "用电量,\"同比\"");
        row.put("value", -3.5);
        row.put("text", "=HYPERLINK(\"x\")");
        row.put("unit", null);
        assertEquals("title,value,text,unit\r\n\"用电量,\"\"同比\"\"\",-3.5,\"'=HYPERLINK(\"\"x\"\")\",\r\n", Csv.of(List.of(row)));
        assertEquals("", Csv.of(List.of()));
    }
}
