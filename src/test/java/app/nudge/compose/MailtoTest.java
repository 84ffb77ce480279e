package app.nudge.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailtoTest {

    @Test
    void encodesSubjectAndBodyPerRfc6068() {
        String uri = Mailto.build("pat@acme.example", "Zoë & Co? #1 + 50%=ok", "Hi Pat,\n\nLine two\r\nend");

        assertEquals("mailto:pat@acme.example"
                + "?subject=Zo%C3%AB%20%26%20Co%3F%20%231%20%2B%2050%25%3Dok"
                + "&body=Hi%20Pat%2C%0D%0A%0D%0ALine%20two%0D%0Aend", uri);
    }

    @Test
    void spacesAreNeverPlusSigns() {
        String uri = Mailto.build("a@b.example", "a b", "c d");

        assertFalse(uri.contains("+"), uri);
        assertTrue(uri.endsWith("subject=a%20b&body=c%20d"), uri);
    }

    @Test
    void addressKeepsItsAtSignAndPlusButEncodesTheRest() {
        assertEquals("mailto:jane+jobs@example.org", Mailto.build("jane+jobs@example.org", "", ""));
        assertEquals("mailto:zo%C3%AB@b%C3%BCro.example", Mailto.build(" zoë@büro.example ", null, null));
        assertEquals("mailto:a%3Fb%25c%23@x.example", Mailto.build("a?b%c#@x.example", null, null));
    }

    @Test
    void withoutAnAddressTheHeadersStillFollow() {
        assertEquals("mailto:?body=Hello", Mailto.build(null, "", "Hello"));
        assertEquals("mailto:", Mailto.build("", null, null));
    }

    @Test
    void windowsLimit() {
        assertTrue(Mailto.fitsWindowsLimit(Mailto.build("a@b.example", "s", "x".repeat(1900))));
        assertFalse(Mailto.fitsWindowsLimit(Mailto.build("a@b.example", "s", "é".repeat(400))));
    }
}
