package app.nudge.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

    private static final Pattern USED = Pattern.compile("\\{[?!]?([A-Za-z][A-Za-z0-9]*)}");

    @Test
    void listsEveryMessageAndScriptTemplate() {
        assertEquals(List.of("THANK_YOU", "THANK_YOU-late", "FOLLOW_UP", "FOLLOW_UP-after-date", "FOLLOW_UP-known-delay",
                "FINAL_FOLLOW_UP", "SECONDARY_CONTACT", "EMAIL_AFTER_VOICEMAIL", "CHECK_BACK",
                "REPLY_TO_OFFER-accept", "REPLY_TO_OFFER-time", "REPLY_TO_OFFER-decline",
                "THANK_AFTER_REJECTION", "CLOSE_OUT",
                "FOLLOW_UP-call-script", "FOLLOW_UP-voicemail",
                "FINAL_FOLLOW_UP-call-script", "FINAL_FOLLOW_UP-voicemail",
                "CHECK_BACK-call-script", "CHECK_BACK-voicemail"), TemplateCatalog.ids());
    }

    @Test
    void everyIdHasADefaultTextUsingOnlyKnownPlaceholders() {
        for (String id : TemplateCatalog.ids()) {
            String text = TemplateCatalog.defaultText(id);
            boolean script = id.endsWith("-call-script") || id.endsWith("-voicemail");
            assertEquals(!script, text.startsWith("Subject: "), id);
            Matcher used = USED.matcher(text);
            while (used.find()) {
                assertTrue(Placeholders.NAMES.contains(used.group(1)), id + " uses " + used.group());
            }
        }
    }

    @Test
    void unknownOrPathLikeIdsFindNothing() {
        assertEquals(Optional.empty(), TemplateSource.defaults().find("NOPE"));
        assertEquals(Optional.empty(), TemplateSource.defaults().find("../templates/THANK_YOU"));
        assertEquals(Optional.empty(), TemplateSource.defaults().find(null));
        assertThrows(IllegalArgumentException.class, () -> TemplateCatalog.defaultText("NOPE"));
    }

    @Test
    void overridesWinAndTheRestFallsBack() {
        TemplateSource layered = TemplateSource.of(Map.of("CLOSE_OUT", "mine")).orElse(TemplateSource.defaults());

        assertEquals(Optional.of("mine"), layered.find("CLOSE_OUT"));
        assertEquals(Optional.of(TemplateCatalog.defaultText("THANK_YOU")), layered.find("THANK_YOU"));
    }

    @Test
    void variantsAndIds() {
        assertEquals(List.of("standard", "after-date", "known-delay"), TemplateCatalog.variants(ActionType.FOLLOW_UP));
        assertEquals(List.of("standard"), TemplateCatalog.variants(ActionType.CLOSE_OUT));
        assertEquals("FOLLOW_UP", TemplateCatalog.messageId(ActionType.FOLLOW_UP, "standard"));
        assertEquals("REPLY_TO_OFFER-accept", TemplateCatalog.messageId(ActionType.REPLY_TO_OFFER, "accept"));
        assertThrows(IllegalArgumentException.class, () -> TemplateCatalog.messageId(ActionType.REPLY_TO_OFFER, "standard"));
        assertThrows(IllegalArgumentException.class, () -> TemplateCatalog.callScriptId(ActionType.THANK_YOU));
        assertFalse(TemplateCatalog.hasPhoneScripts(ActionType.SECONDARY_CONTACT));
    }

    @Test
    void subjectLineIsSplitFromTheBody() {
        assertEquals(new TemplateText("Hello {role}", "\nBody"), TemplateText.parse("Subject: Hello {role}\r\n\r\nBody"));
        assertEquals(new TemplateText("", "Just a script"), TemplateText.parse("Just a script"));
    }
}
