package app.nudge.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bounces and delivery reports by their mailbox or subject; people whose names look alike are not. */
class SystemSendersTest {

    @ParameterizedTest(name = "[{index}] {0} / \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MAILER-DAEMON@mail.acme.example     | Undelivered Mail Returned to Sender     | true
            postmaster@acme.example             | Delivery Status Notification (Failure)  | true
            bounces+123@mailer.acme.example     | Your application                        | true
            noreply@acme.example                | Undeliverable: Re: Follow-up            | true
            pat@acme.example                    | Mail delivery failed: returning message | true
            pat@acme.example                    | Re: Undeliverable parcels role          | false
            postmaster.jobs@acme.example        | Re: Follow-up                           | false
            bouncer.lee@acme.example            | Re: Follow-up                           | false
            pat@acme.example                    | Delivery lead role: next steps          | false
            """)
    @DisplayName("system mail: mailer-daemon, postmaster, bounce mailboxes; report subjects only at the start")
    void system(String from, String subject, boolean system) {
        assertEquals(system, SystemSenders.isSystem(from, subject));
    }
}
