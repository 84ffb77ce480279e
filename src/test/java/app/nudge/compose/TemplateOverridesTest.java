package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's templates as settings, and the checks a text must pass before it is stored. */
class TemplateOverridesTest {

    @Test
    void keysAreTheIdUnderTheTemplatePrefixAndUnknownIdsAreRefused() {
        assertEquals("template.FOLLOW_UP-after-date", TemplateOverrides.key("FOLLOW_UP-after-date"));
        assertThrows(IllegalArgumentException.class, () -> TemplateOverrides.key("NOPE"));
        assertThrows(IllegalArgumentException.class, () -> TemplateOverrides.key("../THANK_YOU"));
    }

    @Test
    void onlyNonBlankOverridesOfKnownTemplatesAreRead() {
        Map<String, String> settings = Map.of(
                "yourName", "Jane",
                "template.THANK_YOU", "Subject: Thanks\n\nMine",
                "template.CLOSE_OUT", "",
                "template.CHECK_BACK", "  \n",
                "template.GONE_IN_A_NEWER_VERSION", "Subject: x\n\ny");

        assertEquals(Map.of("THANK_YOU", "Subject: Thanks\n\nMine"), TemplateOverrides.fromSettings(settings));
    }

    @Test
    void aComposerOverTheOverridesDraftsTheEditedTextAndTheDefaultsElsewhere() {
        Composer composer = new Composer(TemplateOverrides.layered(Map.of(
                "CLOSE_OUT", "Subject: Done at {company}\n\n{greeting}\n\nMy own words.\n\n{signature}")));

        Draft edited = composer.draft(acme(), email(ActionType.CLOSE_OUT), JANE, null);
        assertEquals("Done at Acme Corp", edited.subject());
        assertEquals("Hi Pat,\n\nMy own words.\n\nJane Doe\n+1 555 0100", edited.body());
        assertEquals(new Composer().draft(acme(), email(ActionType.THANK_YOU), JANE, null),
                composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null));
    }

    @Test
    void aMessageMustKeepItsSubjectLine() {
        TemplateCheck check = TemplateCheck.of("THANK_YOU", "Thanks for your time.\n\n{signature}");

        assertFalse(check.ok());
        assertEquals("The first line must start with \"Subject:\", followed by the email's subject.", check.error());
        assertTrue(TemplateCheck.of("THANK_YOU", "subject: lower case is read too\n\nBody").ok());
    }

    @Test
    void scriptsNeedNoSubjectButNoTemplateMayBeEmpty() {
        assertTrue(TemplateCheck.of("FOLLOW_UP-voicemail", "Hi, this is {yourName}.").ok());
        assertFalse(TemplateCheck.of("FOLLOW_UP-voicemail", " \n ").ok());
        assertFalse(TemplateCheck.of("THANK_YOU", "").ok());
    }

    @Test
    void unknownPlaceholdersAreWarnedAboutButAllowed() {
        TemplateCheck check = TemplateCheck.of("THANK_YOU",
                "Subject: Hi {firstname}\n\n{?salary}About {salary} and {role}.\n{!firstname}Hello.");

        assertTrue(check.ok());
        assertEquals(List.of("firstname", "salary"), check.unknown());
        assertEquals("Unknown placeholders: {firstname}, {salary}. Drafts will show them as written.", check.warning());
        assertEquals("", TemplateCheck.of("THANK_YOU", TemplateCatalog.defaultText("THANK_YOU")).warning());
    }
}
