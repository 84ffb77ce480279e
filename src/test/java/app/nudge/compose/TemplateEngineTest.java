package app.nudge.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {

    @Test
    void fillsNamedPlaceholders() {
        TemplateEngine.Filled filled = TemplateEngine.fill("Hi {name}, about {role}: {role}.",
                Map.of("name", "Pat", "role", "Analyst"));

        assertEquals("Hi Pat, about Analyst: Analyst.", filled.text());
        assertEquals(List.of(), filled.unfilled());
    }

    @Test
    void reportsAndKeepsUnknownPlaceholders() {
        TemplateEngine.Filled filled = TemplateEngine.fill("{greeting} {mood} and {mood} {x1}", Map.of("greeting", "Hello,"));

        assertEquals("Hello, {mood} and {mood} {x1}", filled.text());
        assertEquals(List.of("mood", "x1"), filled.unfilled());
    }

    @Test
    void insertsValuesLiterally() {
        TemplateEngine.Filled filled = TemplateEngine.fill("About {topic}.", Map.of("topic", "{role} and $1 \\ costs"));

        assertEquals("About {role} and $1 \\ costs.", filled.text());
        assertEquals(List.of(), filled.unfilled());
    }

    @Test
    void leavesOtherBracesAlone() {
        assertEquals("a { b } {1x} {}", TemplateEngine.fill("a { b } {1x} {}", Map.of()).text());
    }

    @Test
    void conditionalLinesFollowTheirValue() {
        String template = "Start\n\n{?point}We spoke about {point}.\n{!point}We had a good talk.\n\nEnd";

        assertEquals("Start\n\nWe spoke about billing.\n\nEnd",
                TemplateEngine.fill(template, Map.of("point", "billing")).text());
        assertEquals("Start\n\nWe had a good talk.\n\nEnd",
                TemplateEngine.fill(template, Map.of("point", "  ")).text());
        assertEquals("Start\n\nWe had a good talk.\n\nEnd", TemplateEngine.fill(template, Map.of()).text());
    }

    @Test
    void severalConditionsMustAllHold() {
        String template = "{?a}{!b}only a\n{?a}{?b}both";

        assertEquals("only a", TemplateEngine.fill(template, Map.of("a", "1")).text());
        assertEquals("both", TemplateEngine.fill(template, Map.of("a", "1", "b", "2")).text());
    }

    @Test
    void droppedParagraphsLeaveNoGapAndTheEndsAreTrimmed() {
        String template = "\r\nOne\r\n\r\n{?gone}Gone\r\n\r\nTwo   \r\n\r\n{signature}\r\n";

        assertEquals("One\n\nTwo\n\nBest,", TemplateEngine.fill(template, Map.of("signature", "Best,")).text());
        assertEquals("Best regards,", TemplateEngine.fill("Best regards,\n{signature}", Map.of("signature", "")).text());
    }

    @Test
    void neighbouringAlternativesAreChosenByWordingEachPassageRoundItsOwnCount() {
        String template = "{#1}A1\n{#2}A2\n{#3}A3\n\n{?x}{#1}B1 {x}\n{?x}{#2}B2 {x}\nEnd";
        java.util.Map<String, String> values = java.util.Map.of("x", "ok");

        assertEquals("A1\n\nB1 ok\nEnd", TemplateEngine.fill(template, values).text());
        assertEquals("A2\n\nB2 ok\nEnd", TemplateEngine.fill(template, values, 1).text());
        assertEquals("A3\n\nB1 ok\nEnd", TemplateEngine.fill(template, values, 2).text());
        assertEquals("A1\n\nB2 ok\nEnd", TemplateEngine.fill(template, values, 3).text());
        assertEquals("A2\n\nEnd", TemplateEngine.fill(template, java.util.Map.of("x", ""), 1).text(),
                "other conditions still hold");
    }
}
