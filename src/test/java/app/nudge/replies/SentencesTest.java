package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 15, "Show its evidence": each sentence is exactly {@code text.substring(start, end)}. */
class SentencesTest {

    private static List<String> split(String text) {
        List<Evidence> sentences = Sentences.of(text, QuotedParts.read(text).spans());
        for (Evidence e : sentences) {
            assertEquals(text.substring(e.start(), e.end()), e.sentence(), "offsets of " + e);
        }
        return sentences.stream().map(Evidence::sentence).toList();
    }

    @Test
    @DisplayName("evidence: sentences end at . ! ? and blank lines; \"Dec. 12th\", \"2 p.m.\" and \"Acme Inc.\" do not end one")
    void splits() {
        assertEquals(List.of("Hi Sam,", "Thanks for your time!", "We will decide by Dec. 12th at 2 p.m. or so.",
                        "Does that work?", "Best,", "Pat at Acme Inc. in Berlin"),
                split("Hi Sam,\nThanks for your time! We will decide by Dec. 12th at 2 p.m. or so.  Does that work?\n\nBest,\nPat at Acme Inc. in Berlin\n"));
    }

    @Test
    @DisplayName("evidence: a hard-wrapped sentence stays one sentence, with its line break, at its offsets")
    void wrapped() {
        assertEquals(List.of("We will get back to you by the end\nof next week."),
                split("We will get back to you by the end\nof next week."));
    }

    @Test
    @DisplayName("evidence: offsets hold with CRLF line ends and quoted lines between")
    void crlf() {
        assertEquals(List.of("Hello,", "Thanks.", "See you Monday."), split("Hello,\r\n> quoted.\r\nThanks.\r\n\r\nSee you Monday.\r\n"));
    }
}
